#pragma once
// The screenshot scenes: each sets a widget up on a scratch workspace as the docs show it and
// saves one or more PNGs. Those in docs/screenshots are named as there; the others are for a
// look while working on a page.

#include <vector>

namespace modeldeck::screenshots {

class Shot;

struct Scene
{
    const char *name;
    const char *files; // what it writes, for --list
    void (*run)(Shot &shot);
};

const std::vector<Scene> &scenes();

// PageScenes.cpp
void cardsScene(Shot &shot);
void savedModelsScene(Shot &shot);
void reportScene(Shot &shot);
void predictionsScene(Shot &shot);
// WindowScenes.cpp
void mainWindowScene(Shot &shot);
void queuePanelScene(Shot &shot);
// DialogScenes.cpp
void importErrorScene(Shot &shot);
void downloadScene(Shot &shot);
void settingsScene(Shot &shot);
void saveDialogScene(Shot &shot);
void autoTrainRefreshScene(Shot &shot);
// StrategyScenes.cpp
void strategyScene(Shot &shot);

} // namespace modeldeck::screenshots
