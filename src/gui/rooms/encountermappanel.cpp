// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/rooms/encountermappanel.h"

#include "gui/rooms/encountermatrixview.h"
#include "models/rooms/encountermapmodel.h"
#include "ui_encountermappanel.h"

#include <cmath>
#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

namespace convener::gui {

EncounterMapPanel::EncounterMapPanel(models::EncounterMapModel &map, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EncounterMapPanel>())
    , m_map(map)
    , m_matrix(new EncounterMatrixView(&map))
{
    m_ui->setupUi(this);
    m_ui->matrixScroll->setWidget(m_matrix);
    connect(m_ui->saveImageButton, &QPushButton::clicked, this, &EncounterMapPanel::chooseImageFile);
    connect(&map, &QAbstractItemModel::modelReset, this, &EncounterMapPanel::updateShare);
    updateShare();
}

EncounterMapPanel::~EncounterMapPanel() = default;

void EncounterMapPanel::updateShare()
{
    const models::EncounterMapModel *map = &m_map;
    m_ui->saveImageButton->setEnabled(map->rowCount() > 1);
    if (map->rowCount() < 2) {
        m_ui->shareLabel->setText(tr("The map fills in as rounds are recorded."));
        return;
    }
    m_ui->shareLabel->setText(tr("Pairs who have met: %1 of %2 (%3%)")
                                  .arg(map->pairsMet())
                                  .arg(map->pairCount())
                                  .arg(static_cast<int>(std::lround(map->shareMet() * 100.0))));
}

void EncounterMapPanel::chooseImageFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the encounter map"),
                                                      QDir(dir).filePath(tr("encounter-map.png")), tr("PNG images (*.png)"));
    if (!path.isEmpty())
        saveImage(path);
}

bool EncounterMapPanel::saveImage(const QString &path)
{
    if (!m_matrix->image().save(path, "PNG")) {
        Q_EMIT problem(tr("Could not save the encounter map to %1. Check that the folder exists and you may write there.")
                           .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return true;
}

} // namespace convener::gui
