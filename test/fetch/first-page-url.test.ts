import { describe, expect, test } from 'vitest';
import { firstPageUrl } from '../../src/fetch/first-page-url.js';
import {
  endpointPath,
  type FetchEndpoint,
  LL2_DEVELOPMENT_URL,
  LL2_PRODUCTION_URL,
  resolveBaseUrl,
} from '../../src/fetch/ll2-endpoints.js';

describe('firstPageUrl', () => {
  test('firstPageUrl asks for 100 records in the mode, with the query in sorted order', () => {
    const url = firstPageUrl({
      baseUrl: 'http://127.0.0.1:8080',
      endpoint: 'spacecraft',
      apiVersion: '2.3.0',
      mode: 'detailed',
      query: { ordering: '-time_in_space', in_space: 'true', limit: '5', offset: '300' },
    });
    // limit and offset are the pager's own: the user's are dropped
    expect(url).toBe(
      'http://127.0.0.1:8080/2.3.0/spacecraft/?limit=100&mode=detailed' +
        '&in_space=true&ordering=-time_in_space',
    );
  });

  test('endpointPath uses the pre-2.3.0 paths for older versions', () => {
    expect(endpointPath('spacecraft_flights', '2.2.0')).toBe('spacecraft/flight');
    expect(endpointPath('spacecraft_configurations', '2.1.0')).toBe('config/spacecraft');
    expect(endpointPath('astronauts', '2.3.0')).toBe('astronauts');
    expect(endpointPath('astronauts', '3.0.0')).toBe('astronauts');
  });

  test('endpointPath keeps an endpoint it does not rename, even one named like a prototype key', () => {
    // A JavaScript caller may pass any text; only the own keys of the renaming table count.
    expect(endpointPath('constructor' as FetchEndpoint, '2.2.0')).toBe('constructor');
    expect(endpointPath('launches' as FetchEndpoint, '2.2.0')).toBe('launches');
  });

  test('resolveBaseUrl names LL2 hosts and trims a trailing slash', () => {
    expect(resolveBaseUrl(null)).toBe(LL2_PRODUCTION_URL);
    expect(resolveBaseUrl('dev')).toBe(LL2_DEVELOPMENT_URL);
    expect(resolveBaseUrl('http://127.0.0.1:9/')).toBe('http://127.0.0.1:9');
  });
});
