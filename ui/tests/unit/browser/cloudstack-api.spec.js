// Licensed to the Apache Software Foundation (ASF) under one
// or more contributor license agreements.  See the NOTICE file
// distributed with this work for additional information
// regarding copyright ownership.  The ASF licenses this file
// to you under the Apache License, Version 2.0 (the
// "License"); you may not use this file except in compliance
// with the License.  You may obtain a copy of the License at
//
//   http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing,
// software distributed under the License is distributed on an
// "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY
// KIND, either express or implied.  See the License for the
// specific language governing permissions and limitations
// under the License.

// The browser tests confirm through CloudStack's API what the browser showed; their request signer
// is checked here against the reference vectors (shared/reference/cloudstack-api-protocol.md §2.1).

import { describe, it, expect } from 'vitest'
import { javaUrlEncode, signedQuery } from '../../browser/cloudstack-api'

const API_KEY = 'DEVCLOUD-TEST-APIKEY-0001'
const SECRET = 'devcloud-test-secret-0001'

describe('signed CloudStack API requests', () => {
  it('signs a list call with a keyword and an expiry as CloudStack verifies it', () => {
    const query = signedQuery({
      command: 'listPublicIpAddresses',
      response: 'json',
      listall: true,
      keyword: 'web server*',
      signatureVersion: 3,
      expires: '2030-01-01T00:00:00+0000'
    }, API_KEY, SECRET)
    expect(query).toBe('apiKey=DEVCLOUD-TEST-APIKEY-0001&command=listPublicIpAddresses&expires=2030-01-01T00%3A00%3A00%2B0000' +
      '&keyword=web%20server*&listall=true&response=json&signatureVersion=3&signature=HQEeQ%2BINbgqWs0dZalEn%2F94dAmE%3D')
  })

  it('signs the smallest call', () => {
    expect(signedQuery({ command: 'listZones', response: 'json' }, API_KEY, SECRET))
      .toMatch(/&signature=XkUXZZOyHiuC%2BNR7P29imSzp5nI%3D$/)
  })

  it('encodes values as Java\'s URLEncoder does', () => {
    expect(javaUrlEncode("a+b é!'()~*-._")).toBe('a%2Bb%20%C3%A9%21%27%28%29%7E*-._')
  })
})
