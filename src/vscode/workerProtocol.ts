/** Messages between the extension host and the analysis worker (plain, structured-cloneable). */
import type {AnalyzeOptions, Annotations} from '../core/index.js';

export interface WorkerRequest {
  id: number;
  text: string;
  options: AnalyzeOptions;
}

export type WorkerReply = {id: number; annotations: Annotations; error?: undefined} | {id: number; error: string; annotations?: undefined};
