import { expose } from 'comlink';
import { AnalysisService } from './analysisService';

// No logic lives here: the same service runs in-thread in tests and in the CLI.
expose(new AnalysisService());
