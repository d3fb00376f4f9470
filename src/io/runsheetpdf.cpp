// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "io/runsheetpdf.h"

#include "core/program/programdurations.h"
#include "storage/conversions.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <memory>
#include <vector>

namespace convener::io {

namespace {

using storage::toQt;

QString tr(const char *text)
{
    return QCoreApplication::translate("RunSheetPdf", text);
}

QString esc(const std::string &text)
{
    return toQt(text).toHtmlEscaped();
}

QString duration(core::Seconds seconds)
{
    return esc(core::durationText(seconds));
}

QString host(const std::string &name)
{
    return name.empty() ? tr("not decided") : esc(name);
}

// Black text and black rules only, so a grey-scale printer loses nothing.
const QString kStyle = QStringLiteral(
    "body { color: #000000; }"
    "h1 { font-size: 15pt; margin-bottom: 4px; }"
    "h2 { font-size: 12pt; margin-top: 0px; margin-bottom: 4px; }"
    "table { border-collapse: collapse; border-color: #000000; }"
    "th { font-weight: bold; text-align: left; background-color: #ffffff; }"
    "td, th { padding: 3px; }"
    "p { margin-top: 2px; margin-bottom: 4px; }"
    ".prompt { font-family: monospace; white-space: pre-wrap; margin-left: 12px; }");

QString tableStart(const QStringList &headings)
{
    QString html = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>");
    for (const QString &h : headings)
        html += QStringLiteral("<th>%1</th>").arg(h);
    return html + QStringLiteral("</tr></thead><tbody>");
}

QString row(const QStringList &cells)
{
    QString html = QStringLiteral("<tr>");
    for (const QString &c : cells)
        html += QStringLiteral("<td>%1</td>").arg(c);
    return html + QStringLiteral("</tr>");
}

QString cueLines(const std::vector<core::RunSheetCue> &cues)
{
    QStringList lines;
    for (const auto &cue : cues)
        lines << QStringLiteral("<i>%1:</i> %2").arg(esc(core::cueMomentText(cue.moment)), esc(cue.text));
    return lines.join(QStringLiteral("<br>"));
}

QString overviewHtml(const core::RunSheet &sheet)
{
    QString html = QStringLiteral("<h1>%1</h1>").arg(tr("Run sheet: %1, %2").arg(esc(sheet.cohortName), esc(sheet.callName())));
    QString when;
    if (!sheet.date.empty()) {
        when = tr("%1, %2 to %3").arg(esc(sheet.date), esc(sheet.start), esc(sheet.end));
        when += sheet.timeZone.empty() ? tr(" local time") : QStringLiteral(" (%1)").arg(esc(sheet.timeZone));
        when += QStringLiteral(". ");
    }
    when += tr("Booked for %1; the steps take %2").arg(duration(sheet.length), duration(sheet.planned));
    if (sheet.planned > sheet.length)
        when += tr(", which is <b>%1 over</b>").arg(duration(sheet.planned - sheet.length));
    html += QStringLiteral("<p>%1.</p>").arg(when);
    if (!sheet.callDescription.empty())
        html += QStringLiteral("<p>%1</p>").arg(esc(sheet.callDescription));
    if (sheet.steps.empty())
        return html + QStringLiteral("<p>%1</p>").arg(tr("This call has no steps yet."));

    html += tableStart({tr("Time"), tr("Step"), tr("Length"), tr("Where"), tr("Leads"), tr("Technical host")});
    for (const auto &step : sheet.steps) {
        html += row({esc(step.start), QStringLiteral("<b>%1</b>").arg(esc(step.title)), duration(step.duration),
                     esc(step.where), host(step.leadHost), host(step.technicalHost)});
    }
    html += row({esc(sheet.steps.back().end), tr("End"), QString(), QString(), QString(), QString()});
    html += QStringLiteral("</tbody></table>");

    if (const auto rounds = sheet.breakoutSteps(); !rounds.empty()) {
        html += QStringLiteral("<h2>%1</h2>").arg(tr("Breakout rounds"));
        html += tableStart({tr("Round"), tr("Time"), tr("Step"), tr("Group size"), tr("Rooms")});
        for (const auto *step : rounds) {
            html += row({QString::number(step->breakoutRound), tr("%1 to %2").arg(esc(step->start), esc(step->end)),
                         esc(step->title),
                         step->groupSize ? QString::number(*step->groupSize) : tr("not set"),
                         step->rooms.empty() ? tr("not planned") : QString::number(step->rooms.size())});
        }
        html += QStringLiteral("</tbody></table>");
    }
    return html;
}

QString stepHtml(const core::RunSheetStep &step)
{
    QString html = QStringLiteral("<h2>%1 %2 (%3)</h2>").arg(esc(step.start), esc(step.title), duration(step.duration));
    QString where = esc(step.where);
    if (step.groupSize)
        where += tr(", group size %1").arg(*step.groupSize);
    if (step.breakoutRound > 0)
        where += tr(" (breakout round %1)").arg(step.breakoutRound);
    html += QStringLiteral("<p><b>%1</b> %2 %3 %4. <b>%5</b> %6.</p>")
                .arg(tr("Time:"), esc(step.start), tr("to"), esc(step.end), tr("Where:"), where);
    html += QStringLiteral("<p><b>%1</b> %2. <b>%3</b> %4.</p>")
                .arg(tr("Leads:"), host(step.leadHost), tr("Technical host:"), host(step.technicalHost));
    if (!step.instructions.empty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Instructions:"), esc(step.instructions));
    if (!step.facilitatorNotes.empty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Host notes:"), esc(step.facilitatorNotes));
    if (!step.prompts.empty()) {
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Prompts for the chat:"));
        for (const auto &prompt : step.prompts)
            html += QStringLiteral("<p class=\"prompt\">%1</p>").arg(esc(prompt));
    }
    if (!step.cues.empty())
        html += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(tr("Cues:"), cueLines(step.cues));
    if (!step.rooms.empty()) {
        html += QStringLiteral("<p><b>%1</b></p>").arg(step.roomsRecorded ? tr("Rooms (as recorded):") : tr("Rooms (planned):"));
        html += tableStart({tr("Room"), tr("People")});
        for (const auto &room : step.rooms) {
            QStringList people;
            for (const auto &person : room.people)
                people << esc(person);
            html += row({QString::number(room.number), people.join(QStringLiteral(", "))});
        }
        html += QStringLiteral("</tbody></table><p></p>");
    }
    if (!step.timeline.empty()) {
        html += tableStart({tr("Time"), tr("Part"), tr("Length"), tr("Cues")});
        for (const auto &slot : step.timeline)
            html += row({esc(slot.start), esc(slot.title), duration(slot.duration), cueLines(slot.cues)});
        html += QStringLiteral("</tbody></table>");
    }
    return html;
}

// One piece of the sheet laid out on its own: the overview, or one step.
struct Block
{
    std::unique_ptr<QTextDocument> document;
    int firstPage = 0;
    qreal top = 0;                                           // where it starts on its first page
    int pages = 1;                                           // more than one only when it is paginated itself
};

std::unique_ptr<QTextDocument> layoutDocument(const QString &html, QPdfWriter &writer, qreal width)
{
    auto document = std::make_unique<QTextDocument>();
    // Lay out in the writer's own units, so point sizes come out as points on paper.
    document->documentLayout()->setPaintDevice(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(9.5);
    // No ligatures: "fi" must stay two letters, so the text can be searched and copied.
    font.setStyleStrategy(QFont::PreferNoShaping);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setDefaultStyleSheet(kStyle);
    document->setHtml(QStringLiteral("<html><body>%1</body></html>").arg(html));
    document->setTextWidth(width);
    return document;
}

} // namespace

QByteArray runSheetPdf(const core::RunSheet &sheet, PaperSize paper)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Convener"));
        writer.setTitle(tr("Run sheet: %1, %2").arg(toQt(sheet.cohortName), toQt(sheet.callName())));
        const QPageSize size(paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4);
        writer.setPageLayout(QPageLayout(size, QPageLayout::Portrait, QMarginsF(15, 14, 15, 14), QPageLayout::Millimeter));

        QFont small(QStringLiteral("DejaVu Sans"));
        small.setStyleHint(QFont::SansSerif);
        small.setPointSizeF(8);
        small.setStyleStrategy(QFont::PreferNoShaping);
        const QFontMetricsF metrics(small, &writer);
        const qreal width = writer.width();
        const qreal band = metrics.height() * 2.2;           // header and footer, each with a rule
        const qreal bodyTop = band;
        const qreal bodyHeight = writer.height() - 2 * band;
        const qreal gap = metrics.height() * 1.2;

        // First place every block, so the footer can say how many pages there are.
        std::vector<Block> blocks;
        blocks.push_back({layoutDocument(overviewHtml(sheet), writer, width)});
        for (const auto &step : sheet.steps)
            blocks.push_back({layoutDocument(stepHtml(step), writer, width)});
        int page = 0;
        qreal y = 0;
        for (Block &block : blocks) {
            const qreal height = block.document->size().height();
            if (y > 0 && y + height > bodyHeight) {
                ++page;
                y = 0;
            }
            block.firstPage = page;
            block.top = y;
            if (height <= bodyHeight) {
                y += height + gap;
                continue;
            }
            // Longer than a page: let the document break itself between lines and rows.
            block.document->setPageSize(QSizeF(width, bodyHeight));
            block.pages = block.document->pageCount();
            page += block.pages;
            y = 0;
        }
        const int pageCount = y > 0 ? page + 1 : std::max(page, 1);

        const QString header = tr("%1 · %2").arg(toQt(sheet.cohortName), toQt(sheet.callName()));
        const QString when = sheet.date.empty() ? QString()
                                                : tr("%1, %2").arg(toQt(sheet.date), toQt(sheet.start))
                                                      + (sheet.timeZone.empty() ? QString()
                                                                                : QStringLiteral(" ") + toQt(sheet.timeZone));
        QPainter painter(&writer);
        QPen rule(Qt::black);
        rule.setWidthF(writer.resolution() / 144.0);         // half a point
        auto decorate = [&](int index) {
            painter.save();
            painter.setFont(small);
            painter.setPen(Qt::black);
            const qreal line = metrics.height();
            painter.drawText(QRectF(0, 0, width, line), Qt::AlignLeft | Qt::AlignVCenter,
                             metrics.elidedText(header, Qt::ElideRight, width * 0.65));
            painter.drawText(QRectF(0, 0, width, line), Qt::AlignRight | Qt::AlignVCenter, when);
            painter.setPen(rule);
            painter.drawLine(QPointF(0, line * 1.4), QPointF(width, line * 1.4));
            const qreal footer = writer.height() - line;
            painter.drawLine(QPointF(0, footer - line * 0.4), QPointF(width, footer - line * 0.4));
            painter.setPen(Qt::black);
            painter.drawText(QRectF(0, footer, width, line), Qt::AlignLeft | Qt::AlignVCenter, tr("Run sheet"));
            painter.drawText(QRectF(0, footer, width, line), Qt::AlignRight | Qt::AlignVCenter,
                             tr("Page %1 of %2").arg(index + 1).arg(pageCount));
            painter.restore();
        };

        int current = 0;
        decorate(0);
        for (const Block &block : blocks) {
            for (int part = 0; part < block.pages; ++part) {
                const int target = block.firstPage + part;
                while (current < target) {
                    writer.newPage();
                    decorate(++current);
                }
                const qreal top = block.pages > 1 ? 0 : block.top;
                const qreal sliceTop = part * bodyHeight;
                const qreal sliceHeight = block.pages > 1 ? bodyHeight : block.document->size().height();
                painter.save();
                painter.translate(0, bodyTop + top - sliceTop);
                block.document->drawContents(&painter, QRectF(0, sliceTop, width, sliceHeight));
                painter.restore();
            }
        }
        while (current + 1 < pageCount) {
            writer.newPage();
            decorate(++current);
        }
    }
    return bytes;
}

} // namespace convener::io
