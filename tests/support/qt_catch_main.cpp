// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// A Catch2 main for tests that need a Qt application object. The test target
// chooses which one by the CONVENER_TEST_APP define: 1 core, 2 gui, 3 widgets.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#include <QSettings>
#include <QTemporaryDir>
#include <QtGlobal>

#if CONVENER_TEST_APP == 3
#include <QApplication>
using TestApplication = QApplication;
#elif CONVENER_TEST_APP == 2
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char **argv)
{
    // Tests never need a real display; this also lets test discovery run at build time.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TestApplication app(argc, argv);
    TestApplication::setApplicationName(QStringLiteral("convener-tests"));
    // ctest runs each test case as a process of its own, two at a time: a
    // settings folder per process keeps one test's settings (chime volume,
    // paper size, presenter screen) from changing under another.
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    return Catch::Session().run(argc, argv);
}
