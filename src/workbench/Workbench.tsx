import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Input,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { Emulator } from "../emulator";
import { readXlsx, writeXlsx } from "../emulator/xlsx";
import { columnLetters } from "../plan";
import { Grid } from "./Grid";
import { readSheetView, type SheetView } from "./sheetView";

/* global window, document, Blob, BlobPart, URL, File, HTMLInputElement, Excel */

const useStyles = makeStyles({
  root: {
    display: "flex",
    height: "100vh",
    fontFamily: '"TH Sarabun New", "Sarabun", "Laksaman", "Garuda", sans-serif',
  },
  book: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0 },
  toolbar: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    padding: tokens.spacingHorizontalS,
    backgroundColor: "#107c41",
    color: "white",
  },
  formulaBar: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    padding: "4px 8px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  address: { width: "8em" },
  formula: { flexGrow: 1 },
  pane: {
    width: "380px",
    border: "none",
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    height: "100%",
  },
  sheets: { overflowX: "auto", flexShrink: 0, flexWrap: "nowrap" },
  drop: { outline: "3px dashed #107c41", outlineOffset: "-6px" },
});

const OPEN = "เปิดไฟล์ .xlsx/.xlsm (Open)";

declare global {
  interface Window {
    /** The emulator's Excel object, for the task pane in the iframe (the same bundle Excel loads). */
    workbenchExcel?: typeof Excel;
  }
}

export function Workbench({
  initial,
  fileName,
}: {
  initial: Emulator;
  fileName: string;
}): React.JSX.Element {
  const styles = useStyles();
  const [emulator, setEmulator] = React.useState(initial);
  const [name, setName] = React.useState(fileName);
  const [sheetName, setSheetName] = React.useState(() => visibleSheets(initial)[0] ?? "");
  const [view, setView] = React.useState<SheetView>();
  const [selected, setSelected] = React.useState<{ row: number; col: number }>({ row: 0, col: 0 });
  const [version, setVersion] = React.useState(0);
  const [dragging, setDragging] = React.useState(false);
  /** The book holds changes not yet saved (any write through the emulator since it was opened or saved). */
  const [unsaved, setUnsaved] = React.useState(false);
  /** A file asked to be opened over unsaved changes, waiting for the user's answer. */
  const [waiting, setWaiting] = React.useState<File>();
  const picker = React.useRef<HTMLInputElement>(null);
  window.workbenchExcel = emulator.excel;

  React.useEffect(
    () =>
      emulator.onChange(() => {
        setVersion((v) => v + 1);
        setUnsaved(true);
      }),
    [emulator]
  );
  React.useEffect(() => {
    const sheet =
      emulator.workbook.sheet(sheetName) ??
      emulator.workbook.sheet(visibleSheets(emulator)[0] ?? "");
    if (!sheet) return;
    if (sheet.name !== sheetName) setSheetName(sheet.name);
    readSheetView(emulator, sheet).then(setView);
  }, [emulator, sheetName, version]);

  /** Selects a cell, as Excel would: the pane's "use the selected row" reads this selection. */
  const select = (row: number, col: number, sheet = sheetName) => {
    setSheetName(sheet);
    setSelected({ row, col });
    emulator.workbook.selection = { sheet, area: { row, col, rows: 1, cols: 1 } };
    emulator.workbook.activeSheet = emulator.workbook.sheets.findIndex((s) => s.name === sheet);
  };

  const open = async (file: File) => {
    const next = new Emulator(await readXlsx(await file.arrayBuffer()));
    setEmulator(next);
    setName(file.name);
    setSheetName(visibleSheets(next)[0] ?? "");
    setSelected({ row: 0, col: 0 });
    setUnsaved(false);
  };

  /** Opening another book discards this one: ask first when it holds unsaved changes. */
  const askToOpen = (file: File) => (unsaved ? setWaiting(file) : open(file));

  // An .xlsm stays an .xlsm (its macros are kept in the package), as in the command; anything else is .xlsx.
  const extension = /\.xlsm$/i.test(name) ? ".xlsm" : ".xlsx";
  const save = async () => {
    // The same writer as the command: into the opened file's own package.
    const data = await writeXlsx(emulator.workbook, emulator.formulas);
    const link = document.createElement("a");
    link.href = URL.createObjectURL(
      new Blob([data as unknown as BlobPart], {
        type:
          extension === ".xlsm"
            ? "application/vnd.ms-excel.sheet.macroEnabled.12"
            : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      })
    );
    link.download = /\.xls[xm]$/i.test(name) ? name : `${name}.xlsx`;
    link.click();
    URL.revokeObjectURL(link.href);
    setUnsaved(false);
  };

  const formula = view?.formulas[selected.row]?.[selected.col];
  return (
    <div
      className={`${styles.root} ${dragging ? styles.drop : ""}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        const file = e.dataTransfer.files[0];
        if (file) askToOpen(file);
      }}
    >
      <div className={styles.book}>
        <div className={styles.toolbar}>
          <Text weight="semibold">แผนพัฒนาท้องถิ่น · Workbench</Text>
          <Text>{name}</Text>
          <Button size="small" onClick={() => picker.current?.click()}>
            {OPEN}
          </Button>
          <input
            ref={picker}
            type="file"
            accept=".xlsx,.xlsm"
            aria-label={OPEN}
            hidden
            onChange={(e) => {
              if (e.target.files?.[0]) askToOpen(e.target.files[0]);
              // The same file may be chosen again after a cancel.
              e.target.value = "";
            }}
          />
          <Button size="small" onClick={save}>
            บันทึกเป็น {extension} (Save)
          </Button>
        </div>
        <div className={styles.formulaBar}>
          <Input
            className={styles.address}
            readOnly
            aria-label="เซลล์ (cell)"
            value={`${columnLetters(selected.col)}${selected.row + 1}`}
          />
          <Input
            className={styles.formula}
            readOnly
            aria-label="สูตร (formula)"
            value={formula === undefined || formula === null ? "" : String(formula)}
          />
        </div>
        {view && <Grid view={view} selected={selected} onSelect={select} />}
        <TabList
          className={styles.sheets}
          size="small"
          selectedValue={sheetName}
          onTabSelect={(_, d) => select(0, 0, String(d.value))}
          aria-label="ชีต (sheets)"
        >
          {visibleSheets(emulator).map((s) => (
            <Tab key={s} value={s}>
              {s}
            </Tab>
          ))}
        </TabList>
      </div>
      <Dialog
        open={waiting !== undefined}
        onOpenChange={(_, d) => !d.open && setWaiting(undefined)}
      >
        <DialogSurface>
          <DialogBody>
            <DialogTitle>ทิ้งการแก้ไขที่ยังไม่ได้บันทึก? (Discard unsaved changes?)</DialogTitle>
            <DialogContent>
              {name} มีการแก้ไขที่ยังไม่ได้บันทึก การเปิด {waiting?.name} จะทิ้งการแก้ไขนั้น บันทึกเป็น {extension}
              ก่อนถ้าต้องการเก็บไว้ ({name} has unsaved changes: opening {waiting?.name} discards them.
              Save as {extension} first to keep them.)
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setWaiting(undefined)}>
                ยกเลิก (Cancel)
              </Button>
              <Button
                appearance="primary"
                onClick={() => {
                  if (waiting) open(waiting);
                  setWaiting(undefined);
                }}
              >
                ทิ้งการแก้ไขและเปิดไฟล์ (Discard and open)
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      <iframe
        key={name + String(emulator === initial)}
        className={styles.pane}
        title="บานหน้าต่าง (task pane)"
        src="taskpane.html"
      />
    </div>
  );
}

function visibleSheets(emulator: Emulator): string[] {
  return emulator.workbook.sheets.filter((s) => s.visibility === "Visible").map((s) => s.name);
}
