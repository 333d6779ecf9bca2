// Reads an XLSX with exceljs (npm), a reader this project did not write, and prints its sheets as JSON:
// [{ name, rows: [[{ v, t }]] }] where t is the cell's JavaScript type ("number", "string", "null").
import { createRequire } from 'node:module';
const [dir, file] = process.argv.slice(2);
const ExcelJS = createRequire(dir + '/')('exceljs');
const workbook = new ExcelJS.Workbook();
await workbook.xlsx.readFile(file);
const sheets = [];
workbook.eachSheet(sheet => {
  const rows = [];
  sheet.eachRow({ includeEmpty: false }, row => {
    const cells = [];
    for (let c = 1; c <= sheet.columnCount; c++) {
      const v = row.getCell(c).value;
      cells.push({ v: v ?? null, t: v === null || v === undefined ? 'null' : typeof v });
    }
    rows.push(cells);
  });
  sheets.push({ name: sheet.name, rows });
});
process.stdout.write(JSON.stringify(sheets));
