# FindXlsxWriter: imported target XlsxWriter::XlsxWriter (libxlsxwriter, the XLSX writer of the
# spreadsheet exports). Debian's libxlsxwriter-dev ships a pkg-config file (xlsxwriter); without
# pkg-config the header and library are searched for directly.
# Sets XlsxWriter_FOUND, XlsxWriter_INCLUDE_DIR, XlsxWriter_LIBRARY, XlsxWriter_VERSION.

find_package(PkgConfig QUIET)
if(PKG_CONFIG_FOUND)
  pkg_check_modules(PC_XLSXWRITER QUIET xlsxwriter)
endif()
find_path(XlsxWriter_INCLUDE_DIR NAMES xlsxwriter.h HINTS ${PC_XLSXWRITER_INCLUDE_DIRS})
find_library(XlsxWriter_LIBRARY NAMES xlsxwriter HINTS ${PC_XLSXWRITER_LIBRARY_DIRS})

# The library's own version (Debian's pkg-config file says "4", its soname).
if(XlsxWriter_INCLUDE_DIR AND EXISTS "${XlsxWriter_INCLUDE_DIR}/xlsxwriter.h")
  file(STRINGS "${XlsxWriter_INCLUDE_DIR}/xlsxwriter.h" _xlsxwriter_version_line
       REGEX "^#define LXW_VERSION \"[^\"]+\"")
  string(REGEX REPLACE "^#define LXW_VERSION \"([^\"]+)\".*" "\\1" XlsxWriter_VERSION
         "${_xlsxwriter_version_line}")
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(XlsxWriter
  REQUIRED_VARS XlsxWriter_LIBRARY XlsxWriter_INCLUDE_DIR
  VERSION_VAR XlsxWriter_VERSION)

if(XlsxWriter_FOUND AND NOT TARGET XlsxWriter::XlsxWriter)
  # GLOBAL: riskatlas_gis is static, so every executable linking it links this too.
  add_library(XlsxWriter::XlsxWriter UNKNOWN IMPORTED GLOBAL)
  set_target_properties(XlsxWriter::XlsxWriter PROPERTIES
    IMPORTED_LOCATION "${XlsxWriter_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${XlsxWriter_INCLUDE_DIR}")
  # A static libxlsxwriter needs zlib; the shared one carries it.
  if(XlsxWriter_LIBRARY MATCHES "\\.a$")
    find_package(ZLIB REQUIRED)
    set_property(TARGET XlsxWriter::XlsxWriter APPEND PROPERTY INTERFACE_LINK_LIBRARIES ZLIB::ZLIB)
  endif()
endif()
mark_as_advanced(XlsxWriter_INCLUDE_DIR XlsxWriter_LIBRARY)
