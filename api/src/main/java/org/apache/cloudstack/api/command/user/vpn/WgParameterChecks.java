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
package org.apache.cloudstack.api.command.user.vpn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.WgApiConstants;

import com.cloud.exception.InvalidParameterValueException;
import com.cloud.utils.net.NetUtils;

/**
 * Checks of WireGuard parameters that need nothing but the value. The update commands run them from
 * validateSpecificParameters, which CloudStack's dispatcher calls before an async job is queued, so a
 * bad value is refused at once (431) instead of failing the job; the manager runs them again with the
 * checks that need the VPN.
 */
public final class WgParameterChecks {

    public static final int MAX_NAME_LENGTH = 64;
    public static final int MIN_MTU = 576;
    public static final int MIN_MTU_IP6 = 1280;
    public static final int MAX_MTU = 9000;
    public static final int MAX_KEEPALIVE = 65535;
    public static final int MAX_DNS_SERVERS = 4;

    private WgParameterChecks() {
    }

    public static void checkName(String name) {
        if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new InvalidParameterValueException("Invalid name: it must be 1 to " + MAX_NAME_LENGTH + " characters and not blank");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            int type = Character.getType(c);
            if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                throw new InvalidParameterValueException("Invalid name: it contains a control character at position " + (i + 1));
            }
            // CloudStack's tables are utf8 (3-byte): characters beyond the Basic Multilingual Plane
            // (emoji and the like) cannot be stored
            if (Character.isSurrogate(c)) {
                throw new InvalidParameterValueException("Invalid name: characters outside the Basic Multilingual Plane (such as emoji) are not supported");
            }
        }
    }

    public static void checkMtu(int mtu, boolean ip6) {
        int min = ip6 ? MIN_MTU_IP6 : MIN_MTU;
        if (mtu < min || mtu > MAX_MTU) {
            throw new InvalidParameterValueException("Invalid mtu " + mtu + ": the tunnel MTU is " + min + " to " + MAX_MTU + (ip6 ? " with IPv6" : ""));
        }
    }

    public static void checkKeepalive(int keepalive) {
        if (keepalive < 0 || keepalive > MAX_KEEPALIVE) {
            throw new InvalidParameterValueException("Invalid keepalive " + keepalive + ": it is 0 (none) to " + MAX_KEEPALIVE + " seconds");
        }
    }

    /**
     * The DNS servers put in client configs: one to {@value #MAX_DNS_SERVERS} IPv4 or IPv6 addresses,
     * comma-separated. Nothing else may reach the config's DNS line.
     *
     * @return the list normalised to "a,b" form
     */
    public static String checkDns(String dns) {
        String[] servers = dns.split(",", -1);
        if (servers.length > MAX_DNS_SERVERS) {
            throw new InvalidParameterValueException("Invalid dns: at most " + MAX_DNS_SERVERS + " servers");
        }
        List<String> clean = new ArrayList<>();
        for (String server : servers) {
            String s = server.trim();
            if (!NetUtils.isValidIp4(s) && !NetUtils.isValidIp6(s)) {
                throw new InvalidParameterValueException("Invalid dns: '" + printable(s) + "' is not an IPv4 or IPv6 address");
            }
            clean.add(s);
        }
        return String.join(",", clean);
    }

    /** A value fit to quote in an error text: control characters shown as '?', long values cut. */
    public static String printable(String value) {
        if (value == null) {
            return "";
        }
        String clean = value.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 64 ? clean.substring(0, 64) + "..." : clean;
    }

    private static Integer integer(Map<String, String> params, String name) {
        String value = params.get(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidParameterValueException("Invalid " + name + ": not a number");
        }
    }

    /** updateWgVpn: the MTU's outer bounds (IPv6 raises the floor; the manager knows the VPN), keepalive and DNS. */
    static void checkVpnUpdate(Map<String, String> params) {
        Integer mtu = integer(params, WgApiConstants.MTU);
        if (mtu != null) {
            checkMtu(mtu, false);
        }
        Integer keepalive = integer(params, WgApiConstants.KEEPALIVE);
        if (keepalive != null) {
            checkKeepalive(keepalive);
        }
        String dns = params.get(WgApiConstants.DNS);
        // blank resets the VPN to the default DNS (the router's guest address)
        if (dns != null && !dns.isBlank()) {
            checkDns(dns);
        }
    }

    /** updateWgUser: the name. */
    static void checkUserUpdate(Map<String, String> params) {
        if (params.containsKey(ApiConstants.NAME)) {
            checkName(params.get(ApiConstants.NAME));
        }
    }
}
