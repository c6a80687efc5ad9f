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
package org.apache.cloudstack.network.wireguard;


import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.inject.Inject;

import org.apache.cloudstack.api.command.user.vpn.WgParameterChecks;

import com.cloud.exception.InvalidParameterValueException;
import com.cloud.network.IpAddress;
import com.cloud.network.NetworkModel;
import com.cloud.network.WgVpn;
import com.cloud.network.dao.WgVpnDao;
import com.cloud.network.dao.WgVpnVO;

/**
 * Checks of everything a caller passes that reaches a router or a client configuration. Each failure
 * is an InvalidParameterValueException (431) whose text says what is wrong with which value.
 */
public class WgVpnValidator {

    public static final int MIN_IP4_HOSTS = 4;
    /** The router accepts server addresses up to /8. */
    public static final int MIN_IP4_PREFIX = 8;
    public static final int MIN_IP6_PREFIX = 64;
    public static final int MAX_IP6_PREFIX = 120;

    @Inject
    private NetworkModel networkModel;
    @Inject
    private WgVpnDao wgVpnDao;

    public void validateName(String name) {
        WgParameterChecks.checkName(name);
    }

    /**
     * UDP ports of the virtual router's L2TP/IPsec remote access VPN: IKE, L2TP, IPsec NAT traversal. The IKE
     * daemon listens on every address of the router, so a WireGuard VPN on one of them, on any public IP of the
     * router, would fail on the router or keep the L2TP VPN from starting there later.
     */
    static final Set<Integer> L2TP_IPSEC_PORTS = Set.of(500, 1701, 4500);

    public void validatePort(int port) {
        if (port < 1 || port > 65535) {
            throw new InvalidParameterValueException("Invalid port " + port + ": a UDP port is 1 to 65535");
        }
        if (L2TP_IPSEC_PORTS.contains(port)) {
            throw new InvalidParameterValueException("UDP port " + port + " is reserved for the virtual router's L2TP/IPsec remote access VPN"
                    + " (UDP 500, 1701 and 4500 on every public IP of the router): choose another port");
        }
    }

    public void validateMtu(int mtu, boolean ip6) {
        WgParameterChecks.checkMtu(mtu, ip6);
    }

    public void validateKeepalive(int keepalive) {
        WgParameterChecks.checkKeepalive(keepalive);
    }

    /**
     * @return the DNS list normalised to "a, b" form
     */
    public String validateDns(String dns) {
        return WgParameterChecks.checkDns(dns);
    }

    public WgCidr validateIp4Range(String range) {
        WgCidr cidr = WgCidr.parse(range);
        if (cidr == null || cidr.isIp6()) {
            throw new InvalidParameterValueException("Invalid ip4range '" + printable(range) + "': expected an IPv4 CIDR such as 10.8.0.0/24 with the host bits zero");
        }
        if (cidr.getPrefix() > 29) {
            throw new InvalidParameterValueException("Invalid ip4range " + range + ": it must hold at least " + MIN_IP4_HOSTS + " host addresses (/29 or larger)");
        }
        if (cidr.getPrefix() < MIN_IP4_PREFIX) {
            throw new InvalidParameterValueException("Invalid ip4range " + range + ": the prefix length must be /" + MIN_IP4_PREFIX + " to /29");
        }
        return cidr;
    }

    public WgCidr validateIp6Range(String range) {
        WgCidr cidr = WgCidr.parse(range);
        if (cidr == null || !cidr.isIp6()) {
            throw new InvalidParameterValueException("Invalid ip6range '" + printable(range) + "': expected an IPv6 CIDR such as 2001:db8:8::/64 with the host bits zero");
        }
        if (cidr.getPrefix() < MIN_IP6_PREFIX || cidr.getPrefix() > MAX_IP6_PREFIX) {
            throw new InvalidParameterValueException("Invalid ip6range " + range + ": the prefix length must be /" + MIN_IP6_PREFIX + " to /" + MAX_IP6_PREFIX);
        }
        return cidr;
    }

    /**
     * The port must be free on the public IP (another WireGuard VPN there) and on the router: WireGuard
     * binds its UDP port on every address of the router, so a second VPN of the same network or VPC on
     * another public IP with the same port would be refused by the router ("port taken") after the job
     * started. Other rules on the IP (the L2TP VPN's ports, port forwarding) are CloudStack's port
     * reservation's to refuse.
     */
    public void checkPortFree(WgVpnTarget target, IpAddress ip, int port) {
        WgVpnVO onIp = wgVpnDao.findByPublicIpAndPort(ip.getId(), port);
        if (onIp != null) {
            throw new InvalidParameterValueException("UDP port " + port + " on public IP " + ip.getAddress().addr() + " is already used by WireGuard VPN "
                    + onIp.getUuid());
        }
        for (WgVpnVO other : othersOnRouter(target, null)) {
            if (other.getPort() == port) {
                throw new InvalidParameterValueException("UDP port " + port + " is already used by WireGuard VPN " + other.getUuid() + " on public IP "
                        + addressOf(other) + ", which the same virtual router serves: WireGuard listens on its port on every address of the router, "
                        + "so each VPN of a network or VPC needs a port of its own");
            }
        }
    }

    private String addressOf(WgVpnVO vpn) {
        IpAddress ip = networkModel.getIp(vpn.getServerAddressId());
        return ip == null || ip.getAddress() == null ? "(released)" : ip.getAddress().addr();
    }

    /** The other live VPNs of the router(s) the target has: same isolated network, or same VPC. */
    private List<WgVpnVO> othersOnRouter(WgVpnTarget target, Long excludeVpnId) {
        List<WgVpnVO> all = target.isVpc() ? wgVpnDao.listByVpc(target.getVpc().getId()) : wgVpnDao.listByNetwork(target.getNetwork().getId());
        List<WgVpnVO> others = new ArrayList<>();
        for (WgVpnVO vpn : all) {
            if ((excludeVpnId == null || vpn.getId() != excludeVpnId) && vpn.getState() != WgVpn.State.Removed) {
                others.add(vpn);
            }
        }
        return others;
    }

    /**
     * A tunnel range may not overlap the guest network, the VPC (and its tiers) or the range of another
     * VPN the same router serves.
     */
    public void checkOverlaps(WgVpnTarget target, WgCidr ip4Range, WgCidr ip6Range, Long excludeVpnId) {
        for (String cidr : target.getIp4Cidrs()) {
            if (ip4Range != null && ip4Range.overlaps(WgCidr.parse(cidr))) {
                throw new InvalidParameterValueException("ip4range " + ip4Range + " overlaps " + cidr + " of " + target.describe());
            }
        }
        for (String cidr : target.getIp6Cidrs()) {
            if (ip6Range != null && ip6Range.overlaps(WgCidr.parse(cidr))) {
                throw new InvalidParameterValueException("ip6range " + ip6Range + " overlaps " + cidr + " of " + target.describe());
            }
        }
        for (WgVpnVO other : othersOnRouter(target, excludeVpnId)) {
            if (ip4Range != null && other.isIp4Enabled() && ip4Range.overlaps(WgCidr.parse(other.getIp4Range()))) {
                throw new InvalidParameterValueException("ip4range " + ip4Range + " overlaps " + other.getIp4Range() + " of WireGuard VPN " + other.getUuid()
                        + " on the same router");
            }
            if (ip6Range != null && other.isIp6Enabled() && ip6Range.overlaps(WgCidr.parse(other.getIp6Range()))) {
                throw new InvalidParameterValueException("ip6range " + ip6Range + " overlaps " + other.getIp6Range() + " of WireGuard VPN " + other.getUuid()
                        + " on the same router");
            }
        }
    }

    /** A value echoed in an error message, without control characters and bounded in length. */
    static String printable(String value) {
        return WgParameterChecks.printable(value);
    }
}
