// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "io/calendarexport.h"

#include "storage/conversions.h"

#include <libical/ical.h>

#include <cstdint>
#include <cstdio>
#include <ctime>
#include <memory>

namespace convener::io {

namespace {

using storage::toQt;

// A component we own; a component added to a parent belongs to the parent.
struct ComponentFree
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

struct BufferFree
{
    void operator()(char *buffer) const { icalmemory_free_buffer(buffer); }
};

// "2026-03-24T18:00" as a floating libical time, or a null time when malformed.
icaltimetype localTime(const std::string &start)
{
    int y = 0, mo = 0, d = 0, h = 0, mi = 0;
    char tail = 0;
    if (start.size() != 16 || std::sscanf(start.c_str(), "%4d-%2d-%2dT%2d:%2d%c", &y, &mo, &d, &h, &mi, &tail) != 5)
        return icaltime_null_time();
    icaltimetype t = icaltime_null_time();
    t.year = y;
    t.month = mo;
    t.day = d;
    t.hour = h;
    t.minute = mi;
    t.second = 0;
    t.is_date = 0;
    if (mo < 1 || mo > 12 || d < 1 || d > icaltime_days_in_month(mo, y) || h > 23 || mi > 59)
        return icaltime_null_time();
    return t;
}

// FNV-1a: a short, stable digest; it only has to tell cohorts apart.
std::uint64_t digest(const std::string &text)
{
    std::uint64_t hash = 14695981039346656037ull;
    for (const unsigned char c : text) {
        hash ^= c;
        hash *= 1099511628211ull;
    }
    return hash;
}

icalproperty *localProperty(icalproperty *property, const std::string &tzid)
{
    if (!tzid.empty())
        icalproperty_add_parameter(property, icalparameter_new_tzid(tzid.c_str()));
    return property;
}

std::string summary(const CalendarRequest &request, const CalendarCall &call)
{
    // Call titles usually name the call already ("Call 2: groups of three").
    return request.cohort.name + ": " + (call.title.empty() ? "call " + std::to_string(call.number) : call.title);
}

std::string description(const CalendarRequest &request, const CalendarCall &call)
{
    std::string text = "Call " + std::to_string(call.number);
    if (request.callCount > 0)
        text += " of " + std::to_string(request.callCount);
    text += " of the " + request.cohort.name + " cohort.";
    if (!request.cohort.videoLink.empty())
        text += "\nJoin the video call: " + core::trimmed(request.cohort.videoLink);
    return text;
}

} // namespace

std::string calendarUid(const CalendarRequest &request, int callNumber)
{
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx",
                  static_cast<unsigned long long>(digest(request.cohortKey + "|" + std::to_string(request.cohort.id))));
    return std::string("cohort-") + hex + "-call-" + std::to_string(callNumber) + "@convener";
}

storage::Result<std::string> cohortCalendar(const CalendarRequest &request)
{
    using R = storage::Result<std::string>;
    const std::string zoneName = core::trimmed(request.cohort.timeZone);
    icaltimezone *zone = nullptr;
    if (!zoneName.empty()) {
        zone = icaltimezone_get_builtin_timezone(zoneName.c_str());
        if (!zone)
            return R::failure(storage::Error(storage::Problem::CalendarZoneUnknown)
                                  .withName(toQt(request.cohort.name))
                                  .withValue(toQt(zoneName)));
    }

    Component calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//Convener//Convener " CONVENER_VERSION "//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    if (zone) {
        // libical names its zones with a prefix of its own; calendars look the
        // plain IANA name up, so the file uses that.
        icalcomponent *vtimezone = icalcomponent_new_clone(icaltimezone_get_component(zone));
        icalproperty *tzid = icalcomponent_get_first_property(vtimezone, ICAL_TZID_PROPERTY);
        if (tzid)
            icalproperty_set_tzid(tzid, zoneName.c_str());
        else
            icalcomponent_add_property(vtimezone, icalproperty_new_tzid(zoneName.c_str()));
        icalcomponent_add_component(calendar.get(), vtimezone);
    }

    const icaltimetype stamp =
        icaltime_from_timet_with_zone(static_cast<time_t>(request.stamp.time_since_epoch().count()), 0,
                                      icaltimezone_get_utc_timezone());
    const std::string link = core::trimmed(request.cohort.videoLink);
    for (const CalendarCall &call : request.calls) {
        const icaltimetype start = localTime(call.start);
        if (icaltime_is_null_time(start))
            return R::failure(storage::Error(storage::Problem::CalendarCallWithoutStart)
                                  .withCall(call.number)
                                  .withName(toQt(request.cohort.name))
                                  .withValue(toQt(call.start)));
        const icaltimetype end =
            icaltime_add(start, icaldurationtype_from_int(static_cast<int>(call.length.count())));
        icalcomponent *event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        icalcomponent_add_property(event, icalproperty_new_uid(calendarUid(request, call.number).c_str()));
        icalcomponent_add_property(event, icalproperty_new_dtstamp(stamp));
        icalcomponent_add_property(event, localProperty(icalproperty_new_dtstart(start), zone ? zoneName : std::string()));
        icalcomponent_add_property(event, localProperty(icalproperty_new_dtend(end), zone ? zoneName : std::string()));
        icalcomponent_add_property(event, icalproperty_new_summary(summary(request, call).c_str()));
        icalcomponent_add_property(event, icalproperty_new_description(description(request, call).c_str()));
        if (!link.empty()) {
            icalcomponent_add_property(event, icalproperty_new_location(link.c_str()));
            icalcomponent_add_property(event, icalproperty_new_url(link.c_str()));
        }
        icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_OPAQUE));
        icalcomponent_add_component(calendar.get(), event);
    }

    const std::unique_ptr<char, BufferFree> text(icalcomponent_as_ical_string_r(calendar.get()));
    if (!text)
        return R::failure(storage::Error(storage::Problem::CalendarNotWritten)
                              .withName(toQt(request.cohort.name))
                              .withDetail(QString::fromUtf8(icalerror_strerror(icalerrno))));
    return std::string(text.get());
}

} // namespace convener::io
