// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpdialog.h"

#include "formats/dataformat.h"
#include "formats/importerregistry.h"
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Gazette {

namespace {
QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// The key of the first action in the sections with this object name, for the handbook's prose.
QString keyOf(const QList<HelpDialog::Section> &sections, const char *name)
{
    for (const auto &section : sections) {
        for (const QAction *action : section.actions) {
            if (action->objectName() == QLatin1String(name))
                return QStringLiteral("<b>%1</b>").arg(escaped(HelpDialog::keysText(action)));
        }
    }
    return QStringLiteral("—");
}
} // namespace

HelpDialog::HelpDialog(Page page, const QList<Section> &sections, const QList<LabelColour> &labels, QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(page == Handbook ? QStringLiteral("handbookDialog") : QStringLiteral("shortcutSheet"));
    setWindowTitle(page == Handbook ? tr("Gazette Handbook") : tr("Keyboard Shortcuts"));
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setHtml(page == Handbook ? handbookHtml(sections, labels) : shortcutsHtml(sections));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(640, 620);
}

QString HelpDialog::html() const
{
    return m_browser->toHtml();
}

QString HelpDialog::keysText(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts()) {
        if (!key.isEmpty())
            keys << key.toString(QKeySequence::NativeText);
    }
    return keys.isEmpty() ? QStringLiteral("—") : keys.join(QStringLiteral(", "));
}

QString HelpDialog::shortcutsHtml(const QList<Section> &sections)
{
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(escaped(tr("Keyboard Shortcuts")),
                            escaped(tr("Change any of them in Edit > Configure Shortcuts. The keys of the reading pane work while it has the focus.")));
    for (const Section &section : sections) {
        html += QStringLiteral("<h3>%1</h3><table cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">").arg(escaped(section.title));
        for (const QAction *action : section.actions) {
            html += QStringLiteral("<tr><td>%1</td><td align=\"right\"><b>%2</b></td></tr>")
                        .arg(escaped(ShortcutsDialog::plainText(action)), escaped(keysText(action)));
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

QString HelpDialog::handbookHtml(const QList<Section> &sections, const QList<LabelColour> &labels)
{
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(escaped(tr("Gazette Handbook")),
                            escaped(tr("Gazette finds the people, organisations, places, dates, amounts, quotes and facts in news "
                                       "articles and lets you correct what it found. Every correction is saved in the library at once "
                                       "and can be undone.")));

    html += QStringLiteral("<h3>%1</h3><p>%2</p><ul>").arg(escaped(tr("What the marks mean")),
                                                          escaped(tr("Each span is painted in its label's colour:")));
    const QList<QPair<QString, QString>> marks = {
        {QStringLiteral("background-color:#f3c98b"), tr("a tinted background: accepted, by you or because you made it")},
        {QStringLiteral("background-color:#fbe9cf; text-decoration:underline"), tr("a lighter background with a dashed underline: a suggestion of the extractor, waiting for you")},
        {QStringLiteral("font-style:italic"), tr("italics: a quote")},
        {QStringLiteral("text-decoration:underline"), tr("a wavy underline: an orphaned span whose text changed when the article was updated")},
    };
    for (const auto &[style, meaning] : marks)
        html += QStringLiteral("<li><span style=\"%1\">Kestrel</span> — %2</li>").arg(style, escaped(meaning));
    html += QStringLiteral("<li>%1</li></ul>").arg(escaped(tr("Rejected suggestions disappear; the lexicon remembers them.")));

    html += QStringLiteral("<h3>%1</h3><table cellspacing=\"0\" cellpadding=\"3\">").arg(escaped(tr("Labels")));
    for (const LabelColour &label : labels) {
        html += QStringLiteral("<tr><td bgcolor=\"%1\">&nbsp;&nbsp;&nbsp;&nbsp;</td><td><b>%2</b></td><td>%3</td><td>%4</td></tr>")
                    .arg(label.colour.name(), escaped(label.name), escaped(label.displayName), escaped(label.description));
    }
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3><ul>").arg(escaped(tr("Correcting")));
    html += QStringLiteral("<li>%1</li>").arg(escaped(tr("Select text and press a label's number key to label it; the selection snaps to whole words, with Alt it stays exact.")));
    html += QStringLiteral("<li>%1</li>").arg(tr("Click a span to select it; %1 accepts it, %2 rejects it, %3 removes it, %4 relabels it.")
                                                   .arg(keyOf(sections, "acceptAnnotation"), keyOf(sections, "rejectAnnotation"),
                                                        keyOf(sections, "removeAnnotation"), keyOf(sections, "relabelAnnotation")));
    html += QStringLiteral("<li>%1</li>").arg(tr("%1 and %2 go to the next and previous suggestion.")
                                                   .arg(keyOf(sections, "nextSuggestion"), keyOf(sections, "previousSuggestion")));
    html += QStringLiteral("<li>%1</li>").arg(tr("%1 and %2 move the start of the selected span a word earlier or later, %3 and %4 its end.")
                                                   .arg(keyOf(sections, "spanStartEarlier"), keyOf(sections, "spanStartLater"),
                                                        keyOf(sections, "spanEndEarlier"), keyOf(sections, "spanEndLater")));
    html += QStringLiteral("<li>%1</li></ul>").arg(tr("%1 undoes, %2 redoes; the article the step changes opens and the status bar says what was done.")
                                                        .arg(keyOf(sections, "undoAction"), keyOf(sections, "redoAction")));

    html += QStringLiteral("<h3>%1</h3><p>%2</p><ul>").arg(escaped(tr("Formats")), escaped(tr("Gazette reads:")));
    ImporterRegistry importers;
    for (const auto &importer : importers.importers()) {
        QStringList suffixes;
        for (const QString &suffix : importer->fileSuffixes())
            suffixes << QStringLiteral(".") + suffix;
        html += QStringLiteral("<li>%1 (%2)</li>").arg(escaped(importer->displayName()), escaped(suffixes.join(QStringLiteral(", "))));
    }
    html += QStringLiteral("<li>%1</li></ul>").arg(escaped(tr("web pages and feeds by their address, pasted and dropped text")));
    html += QStringLiteral("<p>%1</p><ul>").arg(escaped(tr("and exports reports (HTML, PDF, Markdown) and data:")));
    for (const auto &format : DataFormat::all())
        html += QStringLiteral("<li>%1</li>").arg(escaped(format->displayName()));
    html += QStringLiteral("</ul><p>%1</p>").arg(escaped(tr("Help > Keyboard Shortcuts lists every key.")));
    return html;
}

} // namespace Gazette
