#pragma once
// Data → Train → Validate → Save, with finished steps ticked and the current one highlighted
// (palette Highlight, bold, and a marker, so it never relies on colour alone).

#include <QStringList>
#include <QWidget>

namespace modeldeck {

class StepBreadcrumb : public QWidget
{
    Q_OBJECT
public:
    enum class Outcome { Running, Completed, Failed };

    explicit StepBreadcrumb(QWidget *parent = nullptr);

    // The step in progress (0-based), or -1 when no job is shown.
    void setCurrentStep(int index, Outcome outcome = Outcome::Running);
    int currentStep() const { return m_current; }
    // Other step names (Strategy Studio: Data, Optimize, Validate, Save); clears the current.
    void setSteps(const QStringList &steps);
    Outcome outcome() const { return m_outcome; }
    QStringList steps() const { return m_steps; }
    // What a screen reader says: "Step 2 of 4: Train, in progress. Done: Data."
    QString description() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class Look { Done, Current, Failed, Future };
    Look lookOf(int index) const;
    QString labelOf(int index) const;
    int pillWidth(int index) const;
    int arrowWidth() const;
    void refreshDescription();

    QStringList m_steps;
    int m_current = -1;
    Outcome m_outcome = Outcome::Running;
};

} // namespace modeldeck
