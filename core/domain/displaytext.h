#pragma once

#include <QString>
#include <QStringView>

namespace airlock {

// How a piece of text is laid out where it is shown.
enum class TextShape {
    Line,  // one line (a target, a name, a table cell): a line break is escaped too
    Block, // several lines (a note, a change): line breaks and tabs stay, nothing else
};

// Agent-supplied text (targets, requester names, notes, triggers, reasons, summaries, tool
// names) made safe to show to a person, in a terminal or a widget: every character that
// moves the cursor, erases, reorders or starts a terminal sequence is written out visibly
// instead of being obeyed. C0 controls become \n, \r, \t or \xHH (ESC is \x1b), DEL and C1
// controls, line/paragraph separators and the bidirectional marks, embeddings, overrides and
// isolates (U+200E/F, U+061C, U+202A–U+202E, U+2066–U+2069) become \uHHHH. A backslash that
// would otherwise read as one of these escapes is doubled, so what is shown has exactly one
// reading. Everything else, any script included, is left as it is.
QString displayText(QStringView text, TextShape shape = TextShape::Line);

// Whether displayText() would change text (a cheap test for the common clean case).
bool needsEscaping(QStringView text, TextShape shape = TextShape::Line);

// The last guard of an output channel (airlockctl's stdout and stderr): the same escapes for
// the same characters, but a backslash is left alone, so text that displayText() has already
// made safe, and JSON, pass through unchanged. (The \uHHHH escapes it writes are JSON's own,
// and raw C0 controls never occur in a JSON text, so JSON stays valid and means the same.)
QString escapeControls(QStringView text, TextShape shape);

} // namespace airlock
