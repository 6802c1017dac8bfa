// Writes the sample official document (公文) as .docx, to check its layout by eye in Word, WPS or LibreOffice:
//
//   npx tsx packages/server/scripts/document-preview.ts /tmp/docs/sample.docx
//   FONTCONFIG_FILE=/tmp/docs/fonts.conf soffice --headless --convert-to pdf --outdir /tmp/docs /tmp/docs/sample.docx
//   pdftoppm -png -r 60 /tmp/docs/sample.pdf /tmp/docs/sample
//
// Machines without the 公文 fonts (方正小标宋简体, 仿宋_GB2312, 楷体_GB2312, 黑体, 宋体) fall back to one face for
// everything. The fonts.conf written beside the document maps them to Noto CJK (Debian's fonts-noto-cjk) for
// LibreOffice, the title face bold and 黑体 sans, so that the levels can be told apart; it changes nothing in the file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { renderOfficialDocument } from '../src/modules/documents';
import { SAMPLE_DOCUMENT } from '../src/modules/documents/sample-document';

const target = process.argv[2];
if (!target) {
  process.stderr.write('usage: npx tsx packages/server/scripts/document-preview.ts <out.docx>\n');
  process.exit(2);
}

const alias = (family: string, noto: string) => `  <alias binding="same"><family>${family}</family><prefer><family>${noto}</family></prefer></alias>`;
const FONTS_CONF = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
${alias('仿宋_GB2312', 'Noto Serif CJK SC')}
${alias('楷体_GB2312', 'Noto Serif CJK SC')}
${alias('宋体', 'Noto Serif CJK SC')}
${alias('黑体', 'Noto Sans CJK SC')}
  <match target="pattern">
    <test name="family"><string>方正小标宋简体</string></test>
    <edit name="family" mode="assign" binding="strong"><string>Noto Serif CJK SC</string></edit>
    <edit name="weight" mode="assign" binding="strong"><const>bold</const></edit>
  </match>
</fontconfig>
`;

const path = resolve(target);
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, await renderOfficialDocument(SAMPLE_DOCUMENT));
writeFileSync(join(dirname(path), 'fonts.conf'), FONTS_CONF);
process.stdout.write(`${path}\n`);
