# cmake -P script: the man page and the bash completion of riskatlas-cli, made from its own
# --help output, so both follow the commands and options without upkeep.
#   -DCLI=riskatlas-cli  -DHELP2MAN=help2man (may be empty: no man page)
#   -DCOMPLETION_IN=riskatlas-cli.bash.in  -DOUTPUT_DIR=folder
# Runs in the C locale: the man page is in English (the Chinese help is `riskatlas-cli --help`
# under a Chinese locale).
set(_env ${CMAKE_COMMAND} -E env LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE= QT_QPA_PLATFORM=offscreen)

execute_process(COMMAND ${_env} ${CLI} --help OUTPUT_VARIABLE _help RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "${CLI} --help failed (${_rc})")
endif()
# Commands: the "  name   description" lines of the command list (";" would split the list).
string(REPLACE ";" "," _help "${_help}")
string(REGEX MATCHALL "\n  [a-z][a-z-]+ +[^\n]*" _lines "${_help}")
set(_commands)
foreach(_line IN LISTS _lines)
  string(REGEX REPLACE "^\n  ([a-z][a-z-]+) .*" "\\1" _command "${_line}")
  list(APPEND _commands ${_command})
endforeach()
if(NOT _commands)
  message(FATAL_ERROR "no commands found in the output of ${CLI} --help")
endif()

set(_sections "[COMMAND OPTIONS]\n")
set(_cases "")
foreach(_command IN LISTS _commands)
  execute_process(COMMAND ${_env} ${CLI} ${_command} --help OUTPUT_VARIABLE _text
                  RESULT_VARIABLE _rc)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "${CLI} ${_command} --help failed (${_rc})")
  endif()
  # roff: escape backslashes; a line must not start with a control character.
  string(REPLACE "\\" "\\e" _roff "${_text}")
  string(REGEX REPLACE "\n([.'])" "\n\\\\&\\1" _roff "${_roff}")
  string(APPEND _sections ".SS ${_command}\n.nf\n${_roff}.fi\n")
  string(REGEX MATCHALL "--[a-z][a-z-]*" _options "${_text}")
  list(REMOVE_DUPLICATES _options)
  list(JOIN _options " " _options)
  string(APPEND _cases "    ${_command}) options=\"${_options}\" ;;\n")
endforeach()

list(JOIN _commands " " RISKATLAS_CLI_COMMANDS)
set(RISKATLAS_CLI_OPTION_CASES "${_cases}")
file(MAKE_DIRECTORY ${OUTPUT_DIR}/completions ${OUTPUT_DIR}/man1)
configure_file(${COMPLETION_IN} ${OUTPUT_DIR}/completions/riskatlas-cli @ONLY)

if(HELP2MAN)
  file(WRITE ${OUTPUT_DIR}/commands.h2m "${_sections}")
  execute_process(
    COMMAND ${_env} ${HELP2MAN} --no-info --section 1 --source RiskAtlas
            --name "urban safety-risk assessment from the command line"
            --include ${OUTPUT_DIR}/commands.h2m --output ${OUTPUT_DIR}/man1/riskatlas-cli.1 ${CLI}
    RESULT_VARIABLE _rc)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "help2man failed (${_rc})")
  endif()
endif()
