// The MSW worker for the dev server (and a build made with VITE_MSW=on). Choose a fault scenario with
// `?scenario=<name>` in the address (remembered for the tab) or `mockScenario('<name>')` in the console.
import { setupWorker } from 'msw/browser';
import { handlersFor } from './handlers';
import { isScenario, SCENARIO_HELP, SCENARIOS, type Scenario } from './scenarios';

const KEY = 'spd.mock-scenario';

function currentScenario(): Scenario {
  const fromUrl = new URLSearchParams(location.search).get('scenario');
  if (isScenario(fromUrl)) sessionStorage.setItem(KEY, fromUrl);
  const stored = sessionStorage.getItem(KEY);
  return isScenario(stored) ? stored : 'normal';
}

export async function startWorker(): Promise<void> {
  const worker = setupWorker(...handlersFor(currentScenario));
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
  const scenario = currentScenario();
  console.info(
    `[mocks] scenario "${scenario}": ${SCENARIO_HELP[scenario]}. Others: ${SCENARIOS.join(', ')} (?scenario=name).`,
  );
  Object.assign(window, {
    mockScenario: (name: string) => {
      if (!isScenario(name)) return `Unknown scenario; choose one of ${SCENARIOS.join(', ')}`;
      sessionStorage.setItem(KEY, name);
      return `Scenario "${name}": ${SCENARIO_HELP[name]}. Retry or reload to see it.`;
    },
  });
}
