#pragma once
// QVERIFY for Result/Status values, showing the error when it fails, and QCOMPARE for job
// statuses.

#include "domain/TrainingJob.h"
#include "util/Result.h"

#include <QByteArray>
#include <QTest>

// A Result's error for a QVERIFY2 message: QVERIFY2(r, errorOf(r).constData()).
template<typename T>
QByteArray errorOf(const modeldeck::Result<T> &r)
{
    return r ? QByteArray("(no error)") : r.error().toString().toUtf8();
}

#define VERIFY_OK(expr)                                                                            \
    do {                                                                                           \
        const auto &verifyResult = (expr);                                                         \
        QVERIFY2(verifyResult.ok(),                                                                \
                 qPrintable(verifyResult.ok() ? QString() : verifyResult.error().toString()));     \
    } while (false)

// modeldeck::toString(JobStatus) returns a QString, which hides QTest::toString from QCOMPARE.
#define COMPARE_STATUS(actual, expected) QCOMPARE(toString(actual), toString(expected))
