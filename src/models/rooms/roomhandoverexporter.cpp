// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/rooms/roomhandoverexporter.h"

#include "io/privatefile.h"
#include "models/rooms/roomsdocument.h"
#include "models/storageerror.h"
#include "storage/conversions.h"
#include "storage/rooms/roomsrepository.h"

#include <QDir>

namespace convener::models {

using storage::toQt;
using storage::toStd;

RoomHandoverExporter::RoomHandoverExporter(const RoomsDocument &document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
}

RoomHandoverExporter::~RoomHandoverExporter() = default;

core::RoomHandover RoomHandoverExporter::handover(int roundNumber) const
{
    core::RoomHandover h;
    h.cohortName = toStd(m_document.cohortName());
    h.callNumber = m_document.call();
    if (const core::RoomRound *round = m_document.findRound(roundNumber))
        h.round = *round;
    if (const auto people = m_document.repository().people(h.round.people())) {
        for (const auto &[id, person] : people.value())
            h.people[id] = { person.displayName, person.email };
    }
    return h;
}

QString RoomHandoverExporter::chatText(int roundNumber) const
{
    return toQt(core::roomChatText(handover(roundNumber)));
}

QString RoomHandoverExporter::coHostList(int roundNumber) const
{
    return toQt(core::roomCoHostList(handover(roundNumber)));
}

QStringList RoomHandoverExporter::withoutEmail(int roundNumber) const
{
    const core::RoomHandover h = handover(roundNumber);
    QStringList names;
    for (const auto id : core::zoomPreassignmentCsv(h).withoutEmail) {
        const auto it = h.people.find(id);
        names << (it != h.people.end() ? toQt(it->second.name) : tr("Person %1").arg(id));
    }
    return names;
}

bool RoomHandoverExporter::saveZoomCsv(int roundNumber, const QString &path)
{
    return save(path, core::zoomPreassignmentCsv(handover(roundNumber)).csv);
}

bool RoomHandoverExporter::saveRoundJson(int roundNumber, const QString &path)
{
    return save(path, core::roomRoundJson(handover(roundNumber)));
}

bool RoomHandoverExporter::save(const QString &path, std::string_view contents)
{
    if (const auto written = io::writePrivateFile(path, contents); !written) {
        Q_EMIT storageFailed(
            tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), describe(written.error())));
        return false;
    }
    return true;
}

} // namespace convener::models
