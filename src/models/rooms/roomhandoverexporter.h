// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/rooms/roomexport.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <string_view>

namespace convener::models {

class RoomsDocument;

// The hand-over of a round of the document's call to the video call: the
// chat text and co-host list to paste, and the Zoom pre-assignment and round
// files, written through io/. Reads the document and the people's emails; it
// changes nothing but the files it is asked to write.
class RoomHandoverExporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomHandoverExporter)

public:
    explicit RoomHandoverExporter(const RoomsDocument &document, QObject *parent = nullptr);
    ~RoomHandoverExporter() override;

    core::RoomHandover handover(int roundNumber) const;
    QString chatText(int roundNumber) const;
    QString coHostList(int roundNumber) const;
    // Names of the people seated without an email: the Zoom file cannot place them.
    QStringList withoutEmail(int roundNumber) const;
    // Write the file whole, or leave the old one and emit storageFailed naming the file.
    bool saveZoomCsv(int roundNumber, const QString &path);
    bool saveRoundJson(int roundNumber, const QString &path);

Q_SIGNALS:
    void storageFailed(const QString &message);

private:
    bool save(const QString &path, std::string_view contents);

    const RoomsDocument &m_document;
};

} // namespace convener::models
