import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from "@fluentui/react-components";
import * as React from "react";

const useStyles = makeStyles({
  // A long cell address ('ยุทธ1.1แผนงานสาธารณสุข'!E12) has no place to break and is broken where it must; words
  // are not (break-word leaves the columns sized by whole words, unlike anywhere).
  cell: { overflowWrap: "break-word", verticalAlign: "top" },
});

export interface TableRowCells {
  key: string;
  cells: React.ReactNode[];
}

/** The pane's tables: a few columns, extra-small, a header row, cells that wrap within the pane's width. */
export function SmallTable({
  label,
  header,
  rows,
}: {
  label: string;
  header: React.ReactNode[];
  rows: TableRowCells[];
}): React.JSX.Element {
  const styles = useStyles();
  return (
    <Table size="extra-small" aria-label={label}>
      <TableHeader>
        <TableRow>
          {header.map((h, i) => (
            <TableHeaderCell key={i}>{h}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.key}>
            {row.cells.map((c, i) => (
              <TableCell key={i} className={styles.cell}>
                {c}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
