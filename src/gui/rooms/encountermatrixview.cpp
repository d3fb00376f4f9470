// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/rooms/encountermatrixview.h"

#include "models/rooms/encountermapmodel.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace convener::gui {

namespace {
constexpr int kMargin = 8;
constexpr int kGap = 6;

// White for "not met", a deeper blue the more often two people met.
QColor shade(int count, int most)
{
    if (count <= 0 || most <= 0)
        return QColor(0xfa, 0xfa, 0xfa);
    const double t = 0.25 + 0.75 * std::min(1.0, static_cast<double>(count) / most);
    const QColor light(0xd6, 0xe6, 0xf7);
    const QColor dark(0x1f, 0x4e, 0x8c);
    return QColor(static_cast<int>(light.red() + t * (dark.red() - light.red())),
                  static_cast<int>(light.green() + t * (dark.green() - light.green())),
                  static_cast<int>(light.blue() + t * (dark.blue() - light.blue())));
}
} // namespace

EncounterMatrixView::EncounterMatrixView(models::EncounterMapModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("encounterMatrix"));
    setAccessibleName(tr("Encounter map"));
    setAccessibleDescription(tr("How often each pair of people met; hover a cell for the names"));
    setMouseTracking(true);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    connect(model, &QAbstractItemModel::modelReset, this, &EncounterMatrixView::modelChanged);
    modelChanged();
}

EncounterMatrixView::~EncounterMatrixView() = default;

void EncounterMatrixView::modelChanged()
{
    resize(sizeHint());
    updateGeometry();
    update();
}

EncounterMatrixView::Layout EncounterMatrixView::layout() const
{
    Layout l;
    const QFontMetrics fm(font());
    for (int r = 0; r < m_model->rowCount(); ++r)
        l.nameWidth = std::max(l.nameWidth, fm.horizontalAdvance(m_model->name(r)));
    l.headerHeight = l.nameWidth + kGap;
    l.nameWidth += kGap;
    l.cell = std::max(fm.height() + 6, fm.horizontalAdvance(QStringLiteral("00")) + 8);
    l.countWidth = fm.horizontalAdvance(tr("Met %1 of %2").arg(99).arg(99)) + 2 * kGap;
    return l;
}

QSize EncounterMatrixView::sizeHint() const
{
    const Layout l = layout();
    const int n = m_model->rowCount();
    return {2 * kMargin + l.nameWidth + n * l.cell + l.countWidth, 2 * kMargin + l.headerHeight + n * l.cell};
}

QImage EncounterMatrixView::image() const
{
    QImage image(sizeHint(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setFont(font());
    paint(painter);
    return image;
}

void EncounterMatrixView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paint(painter);
}

void EncounterMatrixView::paint(QPainter &p) const
{
    const int n = m_model->rowCount();
    if (n == 0) {
        p.setPen(Qt::black);
        p.drawText(QRect(kMargin, kMargin, 400, 40), Qt::AlignLeft | Qt::TextWordWrap, tr("Nobody in this cohort yet."));
        return;
    }
    const Layout l = layout();
    const int left = kMargin + l.nameWidth;
    const int top = kMargin + l.headerHeight;
    const int most = m_model->maxMeetings();
    p.setPen(Qt::black);
    for (int i = 0; i < n; ++i) {
        const QString name = m_model->name(i);
        p.drawText(QRect(kMargin, top + i * l.cell, l.nameWidth - kGap, l.cell), Qt::AlignRight | Qt::AlignVCenter, name);
        p.save();
        p.translate(left + i * l.cell + l.cell / 2, top - kGap);
        p.rotate(-90);
        p.drawText(QRect(0, -l.cell / 2, l.headerHeight, l.cell), Qt::AlignLeft | Qt::AlignVCenter, name);
        p.restore();
    }
    for (int r = 0; r < n; ++r) {
        for (int c = 0; c < n; ++c) {
            const QRect cell(left + c * l.cell, top + r * l.cell, l.cell, l.cell);
            if (r == c) {
                p.fillRect(cell, QColor(0xcc, 0xcc, 0xcc));
                continue;
            }
            const int count = m_model->meetings(r, c);
            const QColor fill = shade(count, most);
            p.fillRect(cell, fill);
            p.setPen(fill.lightness() < 128 ? Qt::white : QColor(count > 0 ? Qt::black : Qt::gray));
            p.drawText(cell, Qt::AlignCenter, QString::number(count));
        }
        const QRect met(left + n * l.cell + kGap, top + r * l.cell, l.countWidth - kGap, l.cell);
        p.setPen(Qt::black);
        p.drawText(met, Qt::AlignLeft | Qt::AlignVCenter, tr("Met %1 of %2").arg(m_model->metCount(r)).arg(n - 1));
    }
    p.setPen(QColor(0xb0, 0xb0, 0xb0));
    for (int i = 0; i <= n; ++i) {
        p.drawLine(left, top + i * l.cell, left + n * l.cell, top + i * l.cell);
        p.drawLine(left + i * l.cell, top, left + i * l.cell, top + n * l.cell);
    }
}

QPoint EncounterMatrixView::cellAt(const QPoint &pos) const
{
    const Layout l = layout();
    const int x = pos.x() - kMargin - l.nameWidth;
    const int y = pos.y() - kMargin - l.headerHeight;
    const int n = m_model->rowCount();
    if (x < 0 || y < 0 || x >= n * l.cell || y >= n * l.cell)
        return {-1, -1};
    return {x / l.cell, y / l.cell};
}

bool EncounterMatrixView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint cell = cellAt(help->pos());
        const QString text = cell.x() < 0 ? QString()
                                          : m_model->data(m_model->index(cell.y(), cell.x()), Qt::ToolTipRole).toString();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace convener::gui
