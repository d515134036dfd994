// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evaluation/agreement.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTableWidget;

namespace Gazette {

class AnnotationStore;

// How far the annotators agree, on the article being read or the whole library: for a pair of
// annotators Cohen's kappa on tokens and exact-span F1, per label and overall, and
// Krippendorff's alpha over all annotators (app/evaluation/agreement, as `gazette agreement`).
class AgreementDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgreementDialog)

public:
    AgreementDialog(const AnnotationStore *store, qint64 articleId, QWidget *parent = nullptr);

    const Agreement::Report &report() const { return m_report; }
    QTableWidget *table() const { return m_table; }
    // Which article(s): 0 the one being read, 1 the whole library.
    void setScope(int scope);
    // Which pair of annotators the table shows (index into report().pairs).
    void setPair(int pair);

private:
    void compute();
    void fillTable();

    const AnnotationStore *m_store;
    qint64 m_articleId;
    Agreement::Report m_report;
    QComboBox *m_scope;
    QComboBox *m_pair;
    QLabel *m_summary;
    QTableWidget *m_table;
};

} // namespace Gazette
