// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Gazette {

class AnnotationStore;

// Every field of the selected annotation or fact, and its note, which can be edited.
class Inspector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Inspector)

public:
    explicit Inspector(AnnotationStore *store, QWidget *parent = nullptr);

    void showAnnotation(qint64 annotationId);
    void showFact(qint64 factId);
    void clear();
    qint64 annotationId() const { return m_annotationId; }
    QString fieldText(const QString &field) const;

Q_SIGNALS:
    void noteEdited(qint64 annotationId, const QString &note);

private:
    void refresh();
    void addField(const QString &name, const QString &value);

    AnnotationStore *m_store;
    qint64 m_annotationId = 0;
    qint64 m_factId = 0;
    QLabel *m_title;
    QFormLayout *m_form;
    QPlainTextEdit *m_note;
    QPushButton *m_saveNote;
    QList<std::pair<QString, QLabel *>> m_fields;
};

} // namespace Gazette
