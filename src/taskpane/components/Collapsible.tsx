/**
 * A section with a heading that opens and closes it (WAI-ARIA disclosure: a button in the heading
 * with aria-expanded). Closed content is not rendered, so long lists cost nothing until opened.
 * Controlled from outside when `open` is given (a filter opens every group with matches).
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState, type ReactNode } from "react";

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: tokens.fontSizeBase300 },
  button: { justifyContent: "flex-start", textAlign: "start", paddingLeft: 0, minWidth: 0 },
  marker: { display: "inline-block", width: "1.2em" },
  body: { paddingLeft: tokens.spacingHorizontalL, paddingTop: tokens.spacingVerticalXS },
});

export interface CollapsibleProps {
  title: string;
  /** The heading's element id, for lists labelled by it. */
  headingId?: string;
  defaultOpen?: boolean;
  /** Forces the state (e.g. while a filter is active); the user's own choice returns afterwards. */
  open?: boolean;
  level?: 2 | 3;
  children: ReactNode;
  /** data-* attribute value identifying the section in tests and styles. */
  section?: string;
}

export function Collapsible({
  title,
  headingId,
  defaultOpen = false,
  open,
  level = 3,
  children,
  section,
}: CollapsibleProps) {
  const styles = useStyles();
  const [chosen, setChosen] = useState(defaultOpen);
  const isOpen = open ?? chosen;
  const bodyId = useId();
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section data-section={section}>
      <Heading id={headingId} className={styles.heading}>
        <Button
          appearance="transparent"
          className={styles.button}
          aria-expanded={isOpen}
          aria-controls={bodyId}
          onClick={() => setChosen(!isOpen)}
        >
          <span aria-hidden="true" className={styles.marker}>
            {isOpen ? "▾" : "▸"}
          </span>
          {title}
        </Button>
      </Heading>
      <div id={bodyId} className={styles.body} hidden={!isOpen}>
        {isOpen && children}
      </div>
    </section>
  );
}
