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

import { describe, it, expect } from 'vitest'
import {
  configFileName,
  endpointOf,
  formatBytes,
  isValidIpv4Cidr,
  isValidIpv6,
  isValidIpv6Cidr,
  isValidPort,
  isValidUserName,
  isValidWgKey,
  ownerParams,
  parseApiDate,
  relativeTime
} from '@/utils/wireguard'

describe('WireGuard input checks', () => {
  it.each([['1', true], ['51820', true], ['65535', true], [51820, true], ['0', false], ['65536', false],
    ['', false], [null, false], ['5182O', false], ['1e3', false], ['-5', false], ['123456', false]
  ])('port %j is valid: %s', (port, valid) => {
    expect(isValidPort(port)).toBe(valid)
  })

  it.each([['10.8.0.0/24', true], ['192.168.100.0/30', true], ['10.0.0.0/8', true], ['10.8.0.0/31', false],
    ['10.8.0/24', false], ['10.8.0.0/', false], ['010.8.0.0/24', false], ['10.8.0.0/24/1', false], [' 10.8.0.0/24', true]
  ])('IPv4 range %j (/8 to /30) is valid: %s', (cidr, valid) => {
    expect(isValidIpv4Cidr(cidr, { minPrefix: 8, maxPrefix: 30 })).toBe(valid)
  })

  it.each([['2001:db8::1', true], ['::', true], ['::1', true], ['2001:db8:0:0:0:0:0:1', true], ['::ffff:203.0.113.1', true],
    ['2001:db8::g', false], ['2001:db8:::1', false], ['1:2:3:4:5:6:7:8:9', false], ['1:2:3:4:5:6:7', false],
    ['12345::', false], ['2001:db8::1::2', false], ['', false], ['::ffff:300.0.0.1', false]
  ])('IPv6 address %j is valid: %s', (address, valid) => {
    expect(isValidIpv6(address)).toBe(valid)
  })

  it.each([['2001:db8:8::/64', true], ['2001:db8:8::/120', true], ['2001:db8:8::/63', false], ['2001:db8:8::/121', false],
    ['2001:db8:8::', false]
  ])('IPv6 range %j (/64 to /120) is valid: %s', (cidr, valid) => {
    expect(isValidIpv6Cidr(cidr)).toBe(valid)
  })

  it.each([
    ['xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=', true],
    ['jPtrmdgWiAXU6il9wwVa7TSsjvHlFqKS1uac8PaW+UE=', true],
    ['HIgo9xNzJMWLKASShiTqIybxZ0U3wGLiUeJ1PKf8ykw=', true],
    ['xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dh=', false],
    ['xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg', false],
    ['AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=', false],
    ['xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=\n', false]
  ])('WireGuard key %j is valid: %s', (key, valid) => {
    expect(isValidWgKey(key)).toBe(valid)
  })

  it.each([['alice', true], ['Laptop of Bob (2024)', true], ['é', true], ['u'.repeat(64), true], ['u'.repeat(65), false],
    ['', false], ['a\u0000b', false], ['a\u009bb', false], ['line\u2028sep', false]
  ])('user name %j is valid: %s', (name, valid) => {
    expect(isValidUserName(name)).toBe(valid)
  })
})

describe('WireGuard formatting', () => {
  it.each([[0, '0 B'], [1023, '1023 B'], [1024, '1.0 KiB'], [1536, '1.5 KiB'], [150 * 1024 * 1024, '150 MiB'],
    [5 * 1024 ** 4, '5.0 TiB'], [undefined, '-'], [null, '-'], ['12', '12 B'], [-1, '-']
  ])('formats %j bytes as %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text)
  })

  it('parses CloudStack dates with a +0000 offset', () => {
    expect(parseApiDate('2024-05-01T12:00:00+0000').toISOString()).toBe('2024-05-01T12:00:00.000Z')
    expect(parseApiDate('2024-05-01T14:00:00+0200').toISOString()).toBe('2024-05-01T12:00:00.000Z')
    expect(parseApiDate('not a date')).toBe(null)
    expect(parseApiDate(undefined)).toBe(null)
  })

  it.each([
    [30, 'en', '30 seconds ago'],
    [90, 'en', '1 minute ago'],
    [150, 'en', '2 minutes ago'],
    [3 * 3600, 'en', '3 hours ago'],
    [86400, 'en', 'yesterday'],
    [45 * 86400, 'en', 'last month'],
    [3 * 3600, 'de', 'vor 3 Stunden']
  ])('says a handshake %i s ago in %s as %s', (seconds, locale, text) => {
    const now = Date.parse('2024-05-10T12:00:00Z')
    const date = new Date(now - seconds * 1000).toISOString().replace(/\.\d{3}Z$/, '+0000')
    expect(relativeTime(date, { now, locale })).toBe(text)
  })

  it('has no relative time without a date', () => {
    expect(relativeTime(undefined)).toBe(null)
  })

  it.each([['alice', 'alice.conf'], ['', 'wg0.conf'], ['a b', 'a_b.conf'], ['x=y+z.w-v_u', 'x=y+z.w-v_u.conf'],
    ['abcdefghijklmnopq', 'abcdefghijklmno.conf']
  ])('names the config file of %j %s', (name, fileName) => {
    expect(configFileName(name)).toBe(fileName)
  })

  it.each([['203.0.113.10', 51820, '203.0.113.10:51820'], ['2001:db8::10', 443, '[2001:db8::10]:443'], ['', 1, '']])(
    'writes the endpoint of %s port %s as %s', (address, port, text) => {
      expect(endpointOf(address, port)).toBe(text)
    })

  it.each([
    [{ account: 'a', domainid: 'd', projectid: 'p' }, { projectid: 'p' }],
    [{ account: 'a', domainid: 'd' }, { account: 'a', domainid: 'd' }],
    [{ account: 'a' }, {}],
    [null, {}]
  ])('addresses the owner of %j with %j', (resource, params) => {
    expect(ownerParams(resource)).toEqual(params)
  })
})
