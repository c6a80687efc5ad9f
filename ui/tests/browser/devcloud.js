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

// devcloud's state file (DESIGN.md §6): where the API and UI are, and the accounts and networks it
// made. The browser tests read it instead of guessing addresses or credentials.

import { readFileSync } from 'node:fs'

export const DEFAULT_STATE = '/run/devcloud/devcloud.json'

export function statePath () {
  return process.env.DEVCLOUD_STATE || DEFAULT_STATE
}

export function loadDevcloudState (path = statePath()) {
  const state = JSON.parse(readFileSync(path, 'utf8'))
  for (const key of ['ui_url', 'api_url', 'accounts', 'networks']) {
    if (!(key in state)) {
      throw new Error(`${path}: no "${key}" in devcloud's state`)
    }
  }
  return state
}

// The tenants (role User) that own a network with a source NAT public IP, in the state file's
// order, each as { account, network }.
export function tenantsWithNetwork (state) {
  const tenants = []
  for (const account of state.accounts) {
    if (account.role !== 'User') {
      continue
    }
    const network = state.networks.find(n => n.account === account.name && n.public_ip && n.public_ip.id)
    if (network) {
      tenants.push({ account, network })
    }
  }
  return tenants
}

export function tenantWithNetwork (state) {
  const [first] = tenantsWithNetwork(state)
  if (!first) {
    throw new Error('devcloud has no User account with a network and a public IP')
  }
  return first
}
