// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Gazette {

class AnnotationStore;
class QuoteFilterModel;
class QuoteModel;

// View > Quotes: who said what across the whole library. Filter by speaker or by words; a
// double click (or Enter) opens the article at the quote.
class QuotesDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuotesDock)

public:
    explicit QuotesDock(AnnotationStore *store, QWidget *parent = nullptr);

    QuoteModel *model() const { return m_model; }
    QuoteFilterModel *filter() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QComboBox *speakerBox() const { return m_speakers; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *summary() const { return m_summary; }
    // Shows only this speaker's quotes (as the speaker box would).
    void showSpeaker(const QString &speaker);

Q_SIGNALS:
    void quoteActivated(qint64 articleId, int start, int end);

private:
    void fillSpeakers();
    void updateSummary();

    QuoteModel *m_model;
    QuoteFilterModel *m_filter;
    QTableView *m_view;
    QComboBox *m_speakers;
    QLineEdit *m_search;
    QLabel *m_summary;
};

} // namespace Gazette
