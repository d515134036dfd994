// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/layers.h"

#include <QComboBox>

namespace Gazette {

// Picks the layer the reading pane shows: all annotators, one of them, the final layer, or the
// differences between two. Lists the annotators of the article being read.
class LayerCombo final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayerCombo)

public:
    explicit LayerCombo(QWidget *parent = nullptr);

    // The annotators of the article; the chosen layer stays when it still exists, else All.
    void setAnnotators(const QStringList &annotators);
    Layer layer() const;
    // Chooses a layer the list has; false when it has not.
    bool setLayer(const Layer &layer);

Q_SIGNALS:
    void layerChanged(const Gazette::Layer &layer);

private:
    void addLayer(const QString &text, const Layer &layer);
    QList<Layer> m_layers; // in the order of the items
    QStringList m_annotators;
};

} // namespace Gazette
