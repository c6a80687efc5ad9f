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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

import com.cloud.exception.InvalidParameterValueException;
import com.cloud.network.IpAddress;
import com.cloud.network.Network;
import com.cloud.network.NetworkModel;
import com.cloud.network.WgVpn;
import com.cloud.network.dao.WgVpnDao;
import com.cloud.network.dao.WgVpnVO;
import com.cloud.utils.net.Ip;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class WgVpnValidatorTest {

    @Mock
    private NetworkModel networkModel;
    @Mock
    private WgVpnDao wgVpnDao;
    @InjectMocks
    private WgVpnValidator validator;

    private static String messageOf(Runnable check) {
        return assertThrows(InvalidParameterValueException.class, check::run).getMessage();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "bad\nname", "tab\there", "bell\u0007", "zero\u200bwidth", "rtl\u202eoverride"})
    void refusesBlankNamesAndNamesWithControlCharacters(String name) {
        assertTrue(messageOf(() -> validator.validateName(name)).startsWith("Invalid name"));
    }

    @Test
    void refusesNamesOver64Characters() {
        validator.validateName("a".repeat(64));
        assertTrue(messageOf(() -> validator.validateName("a".repeat(65))).contains("1 to 64"));
    }

    @Test
    void refusesCharactersTheUtf8TablesCannotStore() {
        assertTrue(messageOf(() -> validator.validateName("phone \uD83D\uDCF1")).contains("outside the Basic Multilingual Plane"));
    }

    @Test
    void acceptsPrintableUnicodeNames() {
        validator.validateName("Zoë's laptop (雪)");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 65536, 100000})
    void refusesPortsOutOfRange(int port) {
        assertEquals("Invalid port " + port + ": a UDP port is 1 to 65535", messageOf(() -> validator.validatePort(port)));
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 1701, 4500})
    void refusesThePortsOfTheL2tpIpsecVpn(int port) {
        assertEquals("UDP port " + port + " is reserved for the virtual router's L2TP/IPsec remote access VPN (UDP 500, 1701 and 4500 on every public IP"
            + " of the router): choose another port", messageOf(() -> validator.validatePort(port)));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 499, 501, 1700, 1702, 4499, 4501, 51820, 65535})
    void acceptsPortsNextToThem(int port) {
        validator.validatePort(port);
    }

    @Test
    void mtuFloorDependsOnIpv6() {
        validator.validateMtu(576, false);
        assertTrue(messageOf(() -> validator.validateMtu(576, true)).contains("1280 to 9000"));
        assertTrue(messageOf(() -> validator.validateMtu(9001, false)).contains("576 to 9000"));
    }

    @Test
    void keepaliveIsZeroTo65535() {
        validator.validateKeepalive(0);
        validator.validateKeepalive(65535);
        assertTrue(messageOf(() -> validator.validateKeepalive(-1)).startsWith("Invalid keepalive"));
    }

    @Test
    void dnsIsAShortListOfAddresses() {
        assertEquals("10.1.1.1,2001:db8::53", validator.validateDns(" 10.1.1.1 , 2001:db8::53"));
        assertTrue(messageOf(() -> validator.validateDns("10.1.1.1\nPostUp = rm -rf /")).contains("is not an IPv4 or IPv6 address"));
        assertTrue(messageOf(() -> validator.validateDns("dns.example.com")).contains("is not an IPv4 or IPv6 address"));
        assertTrue(messageOf(() -> validator.validateDns("1.1.1.1,1.0.0.1,8.8.8.8,8.8.4.4,9.9.9.9")).contains("at most 4"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.8.0.1/24", "10.8.0.0", "nonsense", "2001:db8::/64", "10.8.0.0/33"})
    void refusesMalformedIp4Ranges(String range) {
        assertTrue(messageOf(() -> validator.validateIp4Range(range)).startsWith("Invalid ip4range"));
    }

    @Test
    void refusesIp4RangesWithFewerThanFourHosts() {
        validator.validateIp4Range("10.8.0.0/29");
        assertTrue(messageOf(() -> validator.validateIp4Range("10.8.0.0/30")).contains("at least 4 host addresses"));
        assertTrue(messageOf(() -> validator.validateIp4Range("10.0.0.0/7")).contains("/8 to /29"));
        validator.validateIp4Range("10.0.0.0/8");
    }

    @Test
    void ip6RangesAreSlash64ToSlash120() {
        validator.validateIp6Range("2001:db8:8::/64");
        validator.validateIp6Range("2001:db8:8::/120");
        assertTrue(messageOf(() -> validator.validateIp6Range("2001:db8:8::/56")).contains("/64 to /120"));
        assertTrue(messageOf(() -> validator.validateIp6Range("2001:db8:8::/121")).contains("/64 to /120"));
        assertTrue(messageOf(() -> validator.validateIp6Range("10.8.0.0/24")).startsWith("Invalid ip6range"));
    }

    private Network isolated(long id) {
        Network network = mock(Network.class);
        when(network.getId()).thenReturn(id);
        when(network.getUuid()).thenReturn("net-" + id);
        when(network.getCidr()).thenReturn("10.1.1.0/24");
        return network;
    }

    private static IpAddress ipAt(long id, String address) {
        IpAddress ip = mock(IpAddress.class);
        when(ip.getId()).thenReturn(id);
        when(ip.getAddress()).thenReturn(new Ip(address));
        return ip;
    }

    private static WgVpnVO vpnOn(long ipId, long networkId, int port) {
        WgVpnVO vpn = new WgVpnVO(2L, 1L, networkId, null, ipId, port, "k", "p");
        vpn.setIp4Enabled(true);
        vpn.setIp4Range("10.9.0.0/24");
        return vpn;
    }

    @Test
    void aPortIsTakenByAVpnOnTheSameIpOrByAnyVpnOfTheSameRouter() {
        WgVpnTarget target = WgVpnTarget.ofNetwork(isolated(5));
        IpAddress first = ipAt(30L, "203.0.113.10");
        IpAddress second = ipAt(31L, "203.0.113.11");
        when(networkModel.getIp(30L)).thenReturn(first);
        WgVpnVO existing = vpnOn(30L, 5L, 51820);
        when(wgVpnDao.findByPublicIpAndPort(30L, 51820)).thenReturn(existing);
        when(wgVpnDao.listByNetwork(5L)).thenReturn(List.of(existing));

        assertEquals("UDP port 51820 on public IP 203.0.113.10 is already used by WireGuard VPN " + existing.getUuid(),
            messageOf(() -> validator.checkPortFree(target, first, 51820)));
        assertTrue(messageOf(() -> validator.checkPortFree(target, second, 51820))
            .startsWith("UDP port 51820 is already used by WireGuard VPN " + existing.getUuid() + " on public IP 203.0.113.10, which the same virtual router serves"));
        validator.checkPortFree(target, second, 51821);
    }

    @Test
    void aVpnBeingRemovedNoLongerHoldsItsPortOnTheRouter() {
        WgVpnTarget target = WgVpnTarget.ofNetwork(isolated(5));
        WgVpnVO leaving = vpnOn(30L, 5L, 51820);
        leaving.setState(WgVpn.State.Removed);
        when(wgVpnDao.listByNetwork(5L)).thenReturn(List.of(leaving));

        validator.checkPortFree(target, ipAt(31L, "203.0.113.11"), 51820);
    }

    @Test
    void tunnelRangesMayNotOverlapTheGuestNetworkOrAnotherVpnOfTheRouter() {
        Network network = isolated(5);
        WgVpnVO other = new WgVpnVO(2L, 1L, 5L, null, 30L, 51821, "k", "p");
        other.setIp4Enabled(true);
        other.setIp4Range("10.9.0.0/24");
        when(wgVpnDao.listByNetwork(5L)).thenReturn(List.of(other));
        WgVpnTarget target = WgVpnTarget.ofNetwork(network);

        assertTrue(messageOf(() -> validator.checkOverlaps(target, WgCidr.parse("10.1.0.0/16"), null, null)).contains("overlaps 10.1.1.0/24 of network net-5"));
        assertTrue(messageOf(() -> validator.checkOverlaps(target, WgCidr.parse("10.9.0.128/25"), null, null))
                .contains("overlaps 10.9.0.0/24 of WireGuard VPN " + other.getUuid()));
        validator.checkOverlaps(target, WgCidr.parse("10.8.0.0/24"), null, null);
    }
}
