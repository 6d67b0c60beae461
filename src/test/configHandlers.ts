import { http, HttpResponse, type JsonBodyType } from 'msw';
import deployedConfig from '../../public/config.json';

/** The shipped public/config.json, so tests run against what a deployment gets. */
export const configHandler = http.get('*/config.json', () => HttpResponse.json(deployedConfig));

/** Serves this exact config body (valid or not), so a test states its settings at the call site. */
export const configWith = (body: JsonBodyType) => http.get('*/config.json', () => HttpResponse.json(body));
