// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class EncounterMapPanel;
}

namespace convener::models {
class EncounterMapModel;
}

namespace convener::gui {

class EncounterMatrixView;

// The Encounter map tab: the share of all pairs who have met, the painted
// matrix with per-person counts, and saving it as a PNG.
class EncounterMapPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EncounterMapPanel)

public:
    explicit EncounterMapPanel(models::EncounterMapModel &map, QWidget *parent = nullptr);
    ~EncounterMapPanel() override;

    EncounterMatrixView *matrix() const { return m_matrix; }
    bool saveImage(const QString &path);

Q_SIGNALS:
    void problem(const QString &message);

private:
    void chooseImageFile();
    void updateShare();

    const std::unique_ptr<Ui::EncounterMapPanel> m_ui;
    models::EncounterMapModel &m_map;
    EncounterMatrixView *m_matrix;
};

} // namespace convener::gui
