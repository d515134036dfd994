// SPDX-License-Identifier: GPL-3.0-or-later
#include "layercombo.h"

#include <QSignalBlocker>

namespace Gazette {

LayerCombo::LayerCombo(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("layerCombo"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setToolTip(tr("Which annotators' spans the article shows"));
    m_annotators = {QStringLiteral("-")}; // so that the first call fills the list
    setAnnotators({});
    connect(this, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0 && index < m_layers.size())
            Q_EMIT layerChanged(m_layers.at(index));
    });
}

void LayerCombo::addLayer(const QString &text, const Layer &layer)
{
    addItem(text);
    m_layers.append(layer);
}

void LayerCombo::setAnnotators(const QStringList &annotators)
{
    if (annotators == m_annotators)
        return; // every edit of the article asks again; the list stays open and as it is
    m_annotators = annotators;
    const Layer current = layer();
    {
        const QSignalBlocker blocker(this);
        clear();
        m_layers.clear();
        addLayer(tr("All annotators"), Layer::all());
        for (const QString &name : annotators)
            addLayer(tr("Only %1").arg(name), Layer::of(name));
        addLayer(tr("Final layer"), Layer::final());
        for (qsizetype i = 0; i < annotators.size(); ++i) {
            for (qsizetype j = i + 1; j < annotators.size(); ++j)
                addLayer(tr("Differences: %1 ↔ %2").arg(annotators.at(i), annotators.at(j)),
                         Layer::difference(annotators.at(i), annotators.at(j)));
        }
        setEnabled(!annotators.isEmpty());
    }
    if (!setLayer(current)) {
        setCurrentIndex(0);
        Q_EMIT layerChanged(Layer::all());
    }
}

Layer LayerCombo::layer() const
{
    const int index = currentIndex();
    return index >= 0 && index < m_layers.size() ? m_layers.at(index) : Layer::all();
}

bool LayerCombo::setLayer(const Layer &layer)
{
    const qsizetype index = m_layers.indexOf(layer);
    if (index < 0)
        return false;
    setCurrentIndex(int(index));
    return true;
}

} // namespace Gazette
