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

// WireGuard VPN entries for CloudStack's ui/src/config/section/network.js. They live in their own
// file so network.js needs only an import, one line in `children` and one line in the publicip
// `tabs` (see docs/INTEGRATION.md, section UI).

import { shallowRef, defineAsyncComponent } from 'vue'
import store from '@/store'

// The publicip tab: the WireGuard part of the VPN page. Remote-access VPNs sit on the source NAT IP
// only, as for L2TP; the plugin may be switched off (wireguard.vpn.enabled), then listWgVpns is
// absent from listApis and the tab is hidden.
export const wgVpnTab = {
  name: 'wireguard.vpn',
  component: shallowRef(defineAsyncComponent(() => import('@/views/network/WgVpnDetails.vue'))),
  show: (record) => !!record.issourcenat && 'listWgVpns' in store.getters.apis
}

// The users of WireGuard VPNs: a hidden child resource (like vpnuser) reached from the VPN tab.
export const wgUserSection = {
  name: 'wguser',
  title: 'label.wireguard.vpn.users',
  icon: 'user-switch-outlined',
  permission: ['listWgUsers'],
  hidden: true,
  resourceType: 'WgUser',
  columns: ['name', 'state', 'enabled', 'ip4address', 'ip6address', 'splittunnel', 'lasthandshake', 'account', 'domain'],
  details: ['name', 'id', 'state', 'enabled', 'account', 'domain', 'ip4address', 'ip6address', 'splittunnel', 'publickey', 'ownkey', 'lasthandshake', 'endpoint', 'rxbytes', 'txbytes', 'created'],
  searchFilters: ['keyword', 'vpnid', 'domainid', 'account'],
  tabs: [{
    name: 'details',
    component: shallowRef(defineAsyncComponent(() => import('@/views/network/WgUserDetails.vue')))
  }],
  actions: [
    {
      api: 'createWgUser',
      icon: 'plus-outlined',
      label: 'label.add.wireguard.vpn.user',
      listView: true,
      popup: true,
      component: shallowRef(defineAsyncComponent(() => import('@/views/network/CreateWgUser.vue')))
    },
    {
      api: 'updateWgUser',
      icon: 'edit-outlined',
      label: 'label.edit',
      dataView: true,
      args: ['name', 'splittunnel']
    },
    {
      api: 'updateWgUser',
      icon: 'play-circle-outlined',
      label: 'label.enable.wireguard.vpn.user',
      message: 'message.enable.wireguard.vpn.user',
      dataView: true,
      show: (record) => record.enabled === false,
      args: ['enabled'],
      mapping: {
        enabled: {
          value: () => true
        }
      }
    },
    {
      api: 'updateWgUser',
      icon: 'pause-circle-outlined',
      label: 'label.disable.wireguard.vpn.user',
      message: 'message.disable.wireguard.vpn.user',
      dataView: true,
      show: (record) => record.enabled !== false,
      args: ['enabled'],
      mapping: {
        enabled: {
          value: () => false
        }
      }
    },
    {
      api: 'deleteWgUser',
      icon: 'delete-outlined',
      label: 'label.delete.wireguard.vpn.user',
      message: 'message.delete.wireguard.vpn.user',
      dataView: true,
      groupAction: true,
      groupMap: (selection) => selection.map(id => ({ id }))
    }
  ]
}

export default {
  wgVpnTab,
  wgUserSection
}
