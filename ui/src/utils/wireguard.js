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

// Helpers shared by the WireGuard VPN views: input checks that mirror what the server and the VR
// accept, and the small formatting and file helpers the views need. Kept free of Vue so they can be
// unit-tested on their own.

const IPV4_OCTET = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)'
const IPV4_RE = new RegExp(`^${IPV4_OCTET}(\\.${IPV4_OCTET}){3}$`)

// wg(8) decodes a key as 43 base64 characters plus '='; the last character before '=' carries two
// padding bits that must be zero (wireguard-tools key_from_base64), hence the narrow final class.
const WG_KEY_RE = /^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/
const WG_ZERO_KEY = 'A'.repeat(43) + '='

// wg-quick takes the interface name from the file name: at most 15 characters (IFNAMSIZ - 1) from
// this set, so a downloaded <name>.conf works with `wg-quick up ./<name>.conf` as it is.
const IFNAME_UNSAFE_RE = /[^a-zA-Z0-9_=+.-]/g
const IFNAME_MAX = 15

export function isValidPort (value) {
  if (value === null || value === undefined || value === '') {
    return false
  }
  const text = String(value).trim()
  if (!/^\d{1,5}$/.test(text)) {
    return false
  }
  const port = Number(text)
  return port >= 1 && port <= 65535
}

export function isValidIpv4 (text) {
  return typeof text === 'string' && IPV4_RE.test(text)
}

function splitCidr (text) {
  if (typeof text !== 'string') {
    return null
  }
  const parts = text.trim().split('/')
  if (parts.length !== 2 || !/^\d{1,3}$/.test(parts[1])) {
    return null
  }
  return { address: parts[0], prefix: Number(parts[1]) }
}

// Shape only: the server decides overlaps and sizes (DESIGN.md §3 "Ranges").
export function isValidIpv4Cidr (text, { minPrefix = 0, maxPrefix = 32 } = {}) {
  const cidr = splitCidr(text)
  return !!cidr && isValidIpv4(cidr.address) && cidr.prefix >= minPrefix && cidr.prefix <= maxPrefix
}

export function isValidIpv6 (text) {
  if (typeof text !== 'string' || text.length === 0 || text.length > 45 || /[^0-9a-fA-F:.]/.test(text)) {
    return false
  }
  let groups = text
  let expected = 8
  const lastColon = text.lastIndexOf(':')
  if (text.slice(lastColon + 1).includes('.')) {
    // Embedded IPv4 tail (::ffff:1.2.3.4) stands for two groups.
    if (!isValidIpv4(text.slice(lastColon + 1))) {
      return false
    }
    groups = text.slice(0, lastColon + 1) + '0'
    expected = 7
  }
  const halves = groups.split('::')
  if (halves.length > 2) {
    return false
  }
  const toGroups = half => (half === '' ? [] : half.split(':'))
  const head = toGroups(halves[0])
  const tail = halves.length === 2 ? toGroups(halves[1]) : []
  if ([...head, ...tail].some(g => !/^[0-9a-fA-F]{1,4}$/.test(g))) {
    return false
  }
  const count = head.length + tail.length
  return halves.length === 2 ? count < expected : count === expected
}

// API.md: ip6range is a CIDR from /64 to /120.
export function isValidIpv6Cidr (text, { minPrefix = 64, maxPrefix = 120 } = {}) {
  const cidr = splitCidr(text)
  return !!cidr && isValidIpv6(cidr.address) && cidr.prefix >= minPrefix && cidr.prefix <= maxPrefix
}

export function isValidWgKey (text) {
  return typeof text === 'string' && WG_KEY_RE.test(text) && text !== WG_ZERO_KEY
}

// API.md: a user name is 1-64 printable characters without control characters.
export function isValidUserName (text) {
  if (typeof text !== 'string' || text.length === 0 || text.length > 64) {
    return false
  }
  // eslint-disable-next-line no-control-regex
  return !/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(text) && text.trim().length > 0
}

const BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB']

export function formatBytes (value) {
  const bytes = Number(value)
  if (value === null || value === undefined || value === '' || !Number.isFinite(bytes) || bytes < 0) {
    return '-'
  }
  let unit = 0
  let scaled = bytes
  while (scaled >= 1024 && unit < BYTE_UNITS.length - 1) {
    scaled /= 1024
    unit++
  }
  const digits = unit === 0 || scaled >= 100 ? 0 : 1
  return `${scaled.toFixed(digits)} ${BYTE_UNITS[unit]}`
}

// CloudStack dates look like 2024-05-01T12:00:00+0000; ECMAScript only promises to parse the
// +00:00 offset form.
export function parseApiDate (text) {
  if (!text) {
    return null
  }
  const normalized = String(text).replace(/([+-]\d{2})(\d{2})$/, '$1:$2')
  const time = Date.parse(normalized)
  return Number.isNaN(time) ? null : new Date(time)
}

const RELATIVE_STEPS = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 30],
  ['month', 12],
  ['year', Infinity]
]

export function relativeTime (text, { now = Date.now(), locale = 'en' } = {}) {
  const date = parseApiDate(text)
  if (!date) {
    return null
  }
  let amount = Math.round((date.getTime() - now) / 1000)
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
  for (const [unit, size] of RELATIVE_STEPS) {
    if (Math.abs(amount) < size) {
      return format.format(amount, unit)
    }
    // Whole units elapsed, as "1 minute ago" for 90 s.
    amount = Math.trunc(amount / size)
  }
  return format.format(amount, 'year')
}

export function configFileName (name) {
  const safe = String(name || '').replace(IFNAME_UNSAFE_RE, '_').slice(0, IFNAME_MAX)
  return `${safe || 'wg0'}.conf`
}

export function endpointOf (address, port) {
  if (!address) {
    return ''
  }
  const host = address.includes(':') ? `[${address}]` : address
  return port ? `${host}:${port}` : host
}

export function downloadText (fileName, text) {
  const blob = new Blob([text], { type: 'text/plain;charset=utf-8' })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.appendChild(link)
  link.click()
  document.body.removeChild(link)
  // The config may hold a private key: drop the object URL as soon as the download started.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

// navigator.clipboard exists only in secure contexts; CloudStack is often served over plain HTTP
// on a LAN address, so fall back to a hidden textarea there.
export function copyText (text) {
  if (navigator.clipboard && window.isSecureContext) {
    return navigator.clipboard.writeText(text)
  }
  return new Promise((resolve, reject) => {
    const area = document.createElement('textarea')
    area.value = text
    area.setAttribute('readonly', '')
    area.style.position = 'fixed'
    area.style.opacity = '0'
    document.body.appendChild(area)
    area.select()
    const ok = document.execCommand && document.execCommand('copy')
    document.body.removeChild(area)
    ok ? resolve() : reject(new Error('copy failed'))
  })
}

export function hasApi (store, name) {
  const apis = (store && store.getters && store.getters.apis) || {}
  return name in apis
}

// CloudStack rule: a project-owned resource is addressed by projectid, an account-owned one by
// account + domainid; the WireGuard objects follow the owner of the public IP they sit on.
export function ownerParams (resource) {
  if (!resource) {
    return {}
  }
  if (resource.projectid) {
    return { projectid: resource.projectid }
  }
  if (resource.account && resource.domainid) {
    return { account: resource.account, domainid: resource.domainid }
  }
  return {}
}

// $pollJob reports through callbacks; as a promise the callers can end every path in one finally.
// A failed job has already been notified by $pollJob, so it rejects with { jobFailed: true }.
export function waitForJob (vm, jobId, options = {}) {
  return new Promise((resolve, reject) => {
    vm.$pollJob({
      ...options,
      jobId,
      successMethod: result => resolve(result),
      errorMethod: result => reject(Object.assign({ jobFailed: true }, { result })),
      catchMethod: error => reject(Object.assign({ jobFailed: true }, { error }))
    })
  })
}

// Errors that came straight from an API call (not from a job) are shown as CloudStack shows them.
export function notifyApiError (vm, error) {
  if (error && error.jobFailed) {
    return
  }
  vm.$notifyError(error)
}
