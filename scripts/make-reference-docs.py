#!/usr/bin/env python3
"""Builds resources/report/reference.docx and reference.odt, the pandoc reference documents
that give the report's DOCX and ODT their styles: SimSun (宋体) body and SimHei (黑体) headings
with Latin fallbacks, black headings, each chapter on a new page, bordered tables, level
character styles in the four colours, A4 pages, a running header (the chapter) and page
numbers in the footer.

Reproducible: starts from pandoc's own default (pandoc --print-default-data-file) and edits
its XML; the zip entries get a fixed date. Run again after a pandoc upgrade:
    python3 scripts/make-reference-docs.py
"""
import io
import os
import re
import subprocess
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'resources', 'report')
FIXED_DATE = (2024, 1, 1, 0, 0, 0)

LEVELS = [('Major', 'FF0000', 'FFFFFF'), ('Significant', 'FFA500', '000000'),
          ('General', 'FFFF00', '000000'), ('Low', '0070C0', 'FFFFFF')]

BODY_FONTS = ('<w:rFonts w:ascii="Times New Roman" w:eastAsia="SimSun" '
              'w:hAnsi="Times New Roman" w:cs="Times New Roman" />')
HEADING_FONTS = '<w:rFonts w:ascii="Arial" w:eastAsia="SimHei" w:hAnsi="Arial" w:cs="Arial" />'


def default_data(name):
    return subprocess.run(['pandoc', '--print-default-data-file', name], check=True,
                          capture_output=True).stdout


def write_zip(path, entries):
    """entries: list of (name, bytes); 'mimetype' first and stored, as ODF requires."""
    with zipfile.ZipFile(path, 'w') as out:
        for name, data in entries:
            info = zipfile.ZipInfo(name, FIXED_DATE)
            info.compress_type = zipfile.ZIP_STORED if name == 'mimetype' else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            out.writestr(info, data)


def read_zip(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return [(i.filename, z.read(i.filename)) for i in z.infolist()]


def style_block(styles, style_id):
    m = re.search(r'<w:style [^>]*w:styleId="%s">.*?</w:style>' % style_id, styles, re.S)
    return m


def edit_style(styles, style_id, edit):
    m = style_block(styles, style_id)
    if not m:
        sys.exit('no style %s in the default reference.docx' % style_id)
    return styles[:m.start()] + edit(m.group(0)) + styles[m.end():]


def docx_styles(styles):
    styles = re.sub(r'(<w:rPrDefault>\s*<w:rPr>\s*)<w:rFonts [^>]*/>', r'\1' + BODY_FONTS,
                    styles, count=1)
    styles = styles.replace('<w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA" />',
                            '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA" />')

    def heading(block, page_break=False):
        block = re.sub(r'<w:rFonts [^>]*/>', HEADING_FONTS, block)
        block = re.sub(r'<w:color [^>]*/>', '<w:color w:val="000000" />', block)
        if page_break:
            block = block.replace('<w:keepNext />', '<w:pageBreakBefore />\n      <w:keepNext />', 1)
        return block

    for i in range(1, 10):
        styles = edit_style(styles, 'Heading%d' % i, lambda b, i=i: heading(b, i == 1))
    for sid in ('Title', 'Subtitle', 'TOCHeading'):
        styles = edit_style(styles, sid, heading)
    # Tables: a grid of thin borders, and the header row in bold on grey.
    styles = edit_style(styles, 'Table', lambda b: b.replace(
        '<w:tblInd w:w="0" w:type="dxa" />',
        '<w:tblInd w:w="0" w:type="dxa" />\n      <w:tblBorders>'
        '<w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
        '<w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
        '<w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
        '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
        '</w:tblBorders>', 1).replace(
        '<w:vAlign w:val="bottom"/>',
        '<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>\n        <w:vAlign w:val="bottom"/>', 1)
        .replace('</w:tblStylePr>', '  <w:rPr><w:b /></w:rPr>\n    </w:tblStylePr>', 1))
    levels = ''.join(
        '<w:style w:type="character" w:customStyle="1" w:styleId="Level%s">'
        '<w:name w:val="Level %s" /><w:rPr><w:color w:val="%s" />'
        '<w:shd w:val="clear" w:color="auto" w:fill="%s" /></w:rPr></w:style>\n'
        % (name, name, text, fill) for name, fill, text in LEVELS)
    header_footer = (
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Header">'
        '<w:name w:val="header" /><w:basedOn w:val="Normal" /><w:pPr><w:jc w:val="center" />'
        '<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="808080"/></w:pBdr>'
        '<w:spacing w:after="0" /></w:pPr><w:rPr><w:sz w:val="18" /></w:rPr></w:style>\n'
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Footer">'
        '<w:name w:val="footer" /><w:basedOn w:val="Normal" /><w:pPr><w:jc w:val="center" />'
        '<w:spacing w:after="0" /></w:pPr><w:rPr><w:sz w:val="18" /></w:rPr></w:style>\n')
    return styles.replace('</w:styles>', levels + header_footer + '</w:styles>')


W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
HEADER = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr %s><w:p><w:pPr>'
          '<w:pStyle w:val="Header" /></w:pPr><w:fldSimple w:instr=" STYLEREF &quot;Heading 1&quot; ">'
          '<w:r><w:t>Heading 1</w:t></w:r></w:fldSimple></w:p></w:hdr>' % W_NS)
FOOTER = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr %s><w:p><w:pPr>'
          '<w:pStyle w:val="Footer" /></w:pPr><w:r><w:t xml:space="preserve">– </w:t></w:r>'
          '<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'
          '<w:r><w:t xml:space="preserve"> –</w:t></w:r></w:p></w:ftr>' % W_NS)
FONTS = ''.join(
    '<w:font w:name="%s"><w:altName w:val="%s" /><w:charset w:val="86" />'
    '<w:family w:val="%s" /><w:pitch w:val="variable" /></w:font>' % f
    for f in (('SimSun', '宋体', 'auto'), ('SimHei', '黑体', 'modern')))


def make_docx():
    entries = read_zip(default_data('reference.docx'))
    out = []
    for name, data in entries:
        text = data.decode('utf-8') if name.endswith(('.xml', '.rels')) else None
        if name == 'word/styles.xml':
            text = docx_styles(text)
        elif name == 'word/fontTable.xml':
            text = text.replace('</w:fonts>', FONTS + '</w:fonts>')
        elif name == 'word/document.xml':
            text = text.replace('<w:sectPr />', (
                '<w:sectPr><w:headerReference w:type="default" r:id="rIdRaHeader" />'
                '<w:footerReference w:type="default" r:id="rIdRaFooter" />'
                '<w:pgSz w:w="11906" w:h="16838" />'
                '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" '
                'w:header="851" w:footer="992" w:gutter="0" /></w:sectPr>'))
            if 'xmlns:r=' not in text.split('>', 2)[1]:
                text = text.replace('<w:document ', '<w:document xmlns:r="http://schemas.'
                                    'openxmlformats.org/officeDocument/2006/relationships" ', 1)
        elif name == 'word/_rels/document.xml.rels':
            text = text.replace('</Relationships>', (
                '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                'relationships/header" Id="rIdRaHeader" Target="header1.xml" />'
                '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                'relationships/footer" Id="rIdRaFooter" Target="footer1.xml" />'
                '</Relationships>'))
        elif name == '[Content_Types].xml':
            text = text.replace('</Types>', (
                '<Override PartName="/word/header1.xml" ContentType="application/vnd.'
                'openxmlformats-officedocument.wordprocessingml.header+xml" />'
                '<Override PartName="/word/footer1.xml" ContentType="application/vnd.'
                'openxmlformats-officedocument.wordprocessingml.footer+xml" /></Types>'))
        out.append((name, text.encode('utf-8') if text is not None else data))
    out.append(('word/header1.xml', HEADER.encode('utf-8')))
    out.append(('word/footer1.xml', FOOTER.encode('utf-8')))
    write_zip(os.path.join(OUT, 'reference.docx'), out)


def odt_styles(styles):
    styles = styles.replace('<office:font-face-decls>', (
        '<office:font-face-decls>\n    <style:font-face style:name="SimSun" '
        'svg:font-family="SimSun;宋体;Noto Serif CJK SC" style:font-family-generic="roman" '
        'style:font-pitch="variable" />\n    <style:font-face style:name="SimHei" '
        'svg:font-family="SimHei;黑体;Noto Sans CJK SC" style:font-family-generic="swiss" '
        'style:font-pitch="variable" />'), 1)
    default = re.search(r'<style:default-style style:family="paragraph">.*?</style:default-style>',
                        styles, re.S)
    block = default.group(0).replace('style:font-name-asian="Lucida Sans Unicode"',
                                     'style:font-name-asian="SimSun"')
    block = block.replace('style:language-asian="zxx"', 'style:language-asian="zh"')
    block = block.replace('style:country-asian="none"', 'style:country-asian="CN"')
    styles = styles[:default.start()] + block + styles[default.end():]
    heading = re.search(r'<style:style style:name="Heading" .*?</style:style>', styles, re.S)
    block = heading.group(0).replace('style:font-name-asian="Lucida Sans Unicode"',
                                     'style:font-name-asian="SimHei"')
    styles = styles[:heading.start()] + block + styles[heading.end():]
    # Each chapter on a new page.
    h1 = re.search(r'<style:style style:name="Heading_20_1".*?</style:style>', styles, re.S)
    block = h1.group(0).replace('<style:text-properties',
                                '<style:paragraph-properties fo:break-before="page" />\n'
                                '      <style:text-properties', 1)
    styles = styles[:h1.start()] + block + styles[h1.end():]
    extra = ('<style:style style:name="Pagebreak" style:family="paragraph" '
             'style:parent-style-name="Standard"><style:paragraph-properties '
             'fo:break-after="page" /></style:style>\n'
             '    <style:style style:name="Header" style:family="paragraph" '
             'style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties '
             'fo:text-align="center" fo:border-bottom="0.5pt solid #808080" /><style:text-properties '
             'fo:font-size="9pt" style:font-size-asian="9pt" /></style:style>\n  </office:styles>')
    styles = styles.replace('</office:styles>', extra, 1)
    styles = styles.replace(
        '<style:master-page style:name="Standard"\n    style:page-layout-name="Mpm1">',
        '<style:master-page style:name="Standard"\n    style:page-layout-name="Mpm1">\n'
        '      <style:header><text:p text:style-name="Header"><text:chapter '
        'text:display="name" text:outline-level="1" /></text:p></style:header>', 1)
    if 'text:chapter' not in styles:
        sys.exit('could not add the header to reference.odt')
    return styles


def make_odt():
    entries = read_zip(default_data('reference.odt'))
    out = []
    for name, data in entries:
        if name == 'styles.xml':
            data = odt_styles(data.decode('utf-8')).encode('utf-8')
        out.append((name, data))
    out.sort(key=lambda e: e[0] != 'mimetype')
    write_zip(os.path.join(OUT, 'reference.odt'), out)


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    make_docx()
    make_odt()
    print('wrote resources/report/reference.docx and reference.odt')
