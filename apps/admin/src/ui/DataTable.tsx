/**
 * A table of records: a real <table> on wide screens, stacked cards on a phone (each cell carries
 * its column name). The first column links to the record.
 */
import { A } from "@solidjs/router"
import { For, type JSX, Show } from "solid-js"

export interface Column<T> {
  readonly header: string
  readonly cell: (row: T) => JSX.Element
  /** Right-aligned numbers. */
  readonly numeric?: boolean
}

export const DataTable = <T,>(props: {
  readonly caption: string
  readonly columns: ReadonlyArray<Column<T>>
  readonly rows: ReadonlyArray<T>
  readonly href?: (row: T) => string
  readonly rowClass?: (row: T) => string
}) => (
  <div class="table-wrap">
    <table class="data-table">
      <caption class="visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          <For each={props.columns}>
            {(column) => (
              <th scope="col" classList={{ numeric: column.numeric === true }}>
                {column.header}
              </th>
            )}
          </For>
        </tr>
      </thead>
      <tbody>
        <For each={props.rows}>
          {(row) => (
            <tr class={props.rowClass?.(row)}>
              <For each={props.columns}>
                {(column, index) => (
                  <td data-label={column.header} classList={{ numeric: column.numeric === true }}>
                    <Show when={index() === 0 && props.href !== undefined} fallback={column.cell(row)}>
                      <A href={props.href!(row)}>{column.cell(row)}</A>
                    </Show>
                  </td>
                )}
              </For>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  </div>
)
