// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QWidget>

namespace convener::models {
class EncounterMapModel;
}

namespace convener::gui {

// Paints who has met whom as a matrix: names on both axes, each cell shaded
// by how often the two met and showing the count, and a last column with how
// many of the others each person has met. The same painting makes the image
// a host saves, so the picture and the screen never differ.
class EncounterMatrixView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EncounterMatrixView)

public:
    explicit EncounterMatrixView(models::EncounterMapModel *model, QWidget *parent = nullptr);
    ~EncounterMatrixView() override;

    QSize sizeHint() const override;
    // The whole matrix on a white background, at its natural size.
    QImage image() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Layout
    {
        int nameWidth = 0;
        int headerHeight = 0;
        int cell = 0;
        int countWidth = 0;
    };
    Layout layout() const;
    void paint(QPainter &painter) const;
    // The cell under a point, or (-1, -1).
    QPoint cellAt(const QPoint &pos) const;
    void modelChanged();

    models::EncounterMapModel *m_model;
};

} // namespace convener::gui
