/**
 * A confirmation before a destructive or final action (Kobalte's AlertDialog: focus trap, Escape,
 * labelled); `tone: "primary"` for a final action that is not a loss (approving an application).
 * It closes when `onConfirm` resolves and stays open with the error shown when it rejects. `ready`, when
 * given, is asked before it opens: answering false keeps it closed (the page shows what is missing).
 */
import { AlertDialog } from "@kobalte/core/alert-dialog"
import { createSignal, Show } from "solid-js"
import { useI18n } from "../i18n/I18n"
import { ErrorState } from "./States"

export const ConfirmDialog = (props: {
  readonly trigger: string
  readonly title: string
  readonly description: string
  readonly confirm: string
  readonly onConfirm: () => Promise<unknown>
  readonly tone?: "danger" | "primary"
  /** Shown on the confirm button while `onConfirm` runs; "Deleting…" by default. */
  readonly pending?: string
  /** Whether the action can be confirmed yet; false keeps the dialog closed. */
  readonly ready?: () => boolean
}) => {
  const { t } = useI18n()
  const [open, setOpen] = createSignal(false)
  const [pending, setPending] = createSignal(false)
  const [error, setError] = createSignal<unknown>()
  const confirm = async () => {
    setPending(true)
    setError(undefined)
    try {
      await props.onConfirm()
      setOpen(false)
    } catch (failure) {
      setError(failure)
    } finally {
      setPending(false)
    }
  }
  return (
    <AlertDialog
      open={open()}
      onOpenChange={(next) => {
        if (next && props.ready?.() === false) return
        setOpen(next)
      }}
    >
      <AlertDialog.Trigger
        class={props.tone === "primary" ? "button button-primary" : "button button-danger"}
      >
        {props.trigger}
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay class="dialog-overlay" />
        <div class="dialog-positioner">
          <AlertDialog.Content class="dialog">
            <AlertDialog.Title class="dialog-title">{props.title}</AlertDialog.Title>
            <AlertDialog.Description>{props.description}</AlertDialog.Description>
            <Show when={error() !== undefined}>
              <ErrorState error={error()} />
            </Show>
            <div class="dialog-actions">
              <AlertDialog.CloseButton class="button">{t("common.cancel")}</AlertDialog.CloseButton>
              <button
                type="button"
                class={props.tone === "primary" ? "button button-primary" : "button button-danger-solid"}
                disabled={pending()}
                onClick={() => void confirm()}
              >
                {pending() ? (props.pending ?? t("common.deleting")) : props.confirm}
              </button>
            </div>
          </AlertDialog.Content>
        </div>
      </AlertDialog.Portal>
    </AlertDialog>
  )
}
