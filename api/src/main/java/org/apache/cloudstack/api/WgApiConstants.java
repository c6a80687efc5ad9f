// Licensed to the Apache Software Foundation (ASF) under one
// or more contributor license agreements. See the NOTICE file
// distributed with this work for additional information
// regarding copyright ownership. The ASF licenses this file
// to you under the Apache License, Version 2.0 (the
// "License"); you may not use this file except in compliance
// with the License. You may obtain a copy of the License at
//
//   http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing,
// software distributed under the License is distributed on an
// "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY
// KIND, either express or implied. See the License for the
// specific language governing permissions and limitations
// under the License.
package org.apache.cloudstack.api;

/**
 * Parameter and response names of the WireGuard VPN API that CloudStack's ApiConstants does not have
 * (or has under names that changed between releases), so the plugin inlines its own values.
 */
public final class WgApiConstants {
    public static final String CONFIG = "config";
    public static final String DNS = "dns";
    public static final String ENDPOINT = "endpoint";
    public static final String IP4_ADDRESS = "ip4address";
    public static final String IP4_ENABLE = "ip4enable";
    public static final String IP4_RANGE = "ip4range";
    public static final String IP6_ADDRESS = "ip6address";
    public static final String IP6_ENABLE = "ip6enable";
    public static final String IP6_RANGE = "ip6range";
    public static final String KEEPALIVE = "keepalive";
    public static final String LAST_HANDSHAKE = "lasthandshake";
    public static final String MTU = "mtu";
    public static final String NETWORK_NAME = "networkname";
    public static final String OWN_KEY = "ownkey";
    public static final String PUBLIC_KEY = "publickey";
    public static final String QR_CODE = "qrcode";
    public static final String RX_BYTES = "rxbytes";
    public static final String SPLIT_TUNNEL = "splittunnel";
    public static final String TX_BYTES = "txbytes";
    public static final String USE_PRESHARED_KEY = "usepresharedkey";
    public static final String USER_COUNT = "usercount";
    public static final String VPC_NAME = "vpcname";
    public static final String VPN_ID = "vpnid";

    /** Every WireGuard API command is new in this release. */
    public static final String SINCE = "4.24.0";

    private WgApiConstants() {
    }
}
