#pragma once
// QVERIFY for Result/Status values, showing the error when it fails, and QCOMPARE for job
// statuses.

#include "domain/TrainingJob.h"

#include <QTest>

#define VERIFY_OK(expr)                                                                            \
    do {                                                                                           \
        const auto &verifyResult = (expr);                                                         \
        QVERIFY2(verifyResult.ok(),                                                                \
                 qPrintable(verifyResult.ok() ? QString() : verifyResult.error().toString()));     \
    } while (false)

// modeldeck::toString(JobStatus) returns a QString, which hides QTest::toString from QCOMPARE.
#define COMPARE_STATUS(actual, expected) QCOMPARE(toString(actual), toString(expected))
