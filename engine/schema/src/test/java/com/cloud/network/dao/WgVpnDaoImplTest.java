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

package com.cloud.network.dao;

import static com.cloud.network.dao.WgSchemaFixture.accountId;
import static com.cloud.network.dao.WgSchemaFixture.domainId;
import static com.cloud.network.dao.WgSchemaFixture.ip1;
import static com.cloud.network.dao.WgSchemaFixture.ip2;
import static com.cloud.network.dao.WgSchemaFixture.ip3;
import static com.cloud.network.dao.WgSchemaFixture.key;
import static com.cloud.network.dao.WgSchemaFixture.networkId;
import static com.cloud.network.dao.WgSchemaFixture.otherAccountId;
import static com.cloud.network.dao.WgSchemaFixture.raw;
import static com.cloud.network.dao.WgSchemaFixture.vpcId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

import javax.persistence.EntityExistsException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.cloud.network.WgVpn;
import com.cloud.utils.db.GenericDaoBase;
import com.cloud.utils.exception.CloudRuntimeException;

class WgVpnDaoImplTest {
    static WgVpnDaoImpl vpnDao;

    @BeforeAll
    static void schema() {
        WgSchemaFixture.start();
        vpnDao = new WgVpnDaoImpl();
    }

    @BeforeEach
    void empty() {
        WgSchemaFixture.emptyWireGuardTables();
    }

    static WgVpnVO newVpn(long ipId, int port, Long network, Long vpc) {
        WgVpnVO vo = new WgVpnVO(accountId, domainId, network, vpc, ipId, port, key(port), key(port + 1000));
        vo.setIp4Enabled(true);
        vo.setIp4Range("10.8.0.0/24");
        vo.setIp4Address("10.8.0.1");
        return vo;
    }

    @Test
    void vpnRoundTripKeepsEveryField() {
        WgVpnVO vo = newVpn(ip1, 51820, networkId, null);
        vo.setIp6Enabled(true);
        vo.setIp6Range("2001:db8:8::/64");
        vo.setIp6Address("2001:db8:8::1");
        vo.setMtu(1420);
        vo.setKeepalive(25);
        vo.setDns("203.0.113.53,2001:db8::53");
        vo.setDisplay(false);
        WgVpnVO stored = vpnDao.persist(vo);

        WgVpnVO read = vpnDao.findById(stored.getId());
        assertEquals(vo.getUuid(), read.getUuid());
        assertEquals(WgVpn.State.Added, read.getState(), "a new VPN starts Added");
        assertEquals(accountId, read.getAccountId());
        assertEquals(domainId, read.getDomainId());
        assertEquals(networkId, read.getNetworkId());
        assertNull(read.getVpcId());
        assertEquals(ip1, read.getServerAddressId());
        assertEquals(51820, read.getPort());
        assertTrue(read.isIp4Enabled());
        assertEquals("10.8.0.0/24", read.getIp4Range());
        assertEquals("10.8.0.1", read.getIp4Address());
        assertTrue(read.isIp6Enabled());
        assertEquals("2001:db8:8::/64", read.getIp6Range());
        assertEquals("2001:db8:8::1", read.getIp6Address());
        assertEquals(key(51820), read.getPublicKey());
        assertEquals(key(52820), read.getPrivateKey());
        assertEquals(1420, read.getMtu());
        assertEquals(25, read.getKeepalive());
        assertEquals("203.0.113.53,2001:db8::53", read.getDns());
        assertFalse(read.isDisplay());
        assertNotNull(read.getCreated());
        assertNull(read.getRemoved());
        assertEquals(WgVpn.class, read.getEntityType());
        assertEquals(read.getUuid(), read.getName());
        assertEquals(read.getId(), vpnDao.findByUuid(vo.getUuid()).getId());
    }

    @Test
    void firewallRuleOfTheVpnIsKeptAndClearedWhenTheRuleGoes() throws SQLException {
        WgVpnVO vo = vpnDao.persist(newVpn(ip1, 51820, networkId, null));
        long ruleId;
        try (java.sql.Connection c = WgSchemaFixture.db.connect(); java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO firewall_rules (uuid, ip_address_id, start_port, end_port, state, protocol, purpose, account_id, domain_id, network_id, xid, created) "
                    + "VALUES (UUID(), " + ip1 + ", 51820, 51820, 'Active', 'udp', 'Vpn', " + accountId + ", " + domainId + ", " + networkId + ", UUID(), NOW())",
                    java.sql.Statement.RETURN_GENERATED_KEYS);
            try (java.sql.ResultSet rs = s.getGeneratedKeys()) {
                rs.next();
                ruleId = rs.getLong(1);
            }
            vo.setFirewallRuleId(ruleId);
            assertTrue(vpnDao.update(vo.getId(), vo));
            assertEquals(ruleId, vpnDao.findById(vo.getId()).getFirewallRuleId());
            s.executeUpdate("DELETE FROM firewall_rules WHERE id = " + ruleId);
        }
        assertNull(vpnDao.findById(vo.getId()).getFirewallRuleId(), "a revoked rule leaves no dangling id");
    }

    @Test
    void stateChangesAreStored() {
        WgVpnVO vo = vpnDao.persist(newVpn(ip1, 51820, networkId, null));
        vo.setState(WgVpn.State.Running);
        assertTrue(vpnDao.update(vo.getId(), vo));
        assertEquals(WgVpn.State.Running, vpnDao.findById(vo.getId()).getState());
    }

    @Test
    void privateKeyIsEncryptedAtRest() throws SQLException {
        WgVpnVO vo = vpnDao.persist(newVpn(ip1, 51820, networkId, null));
        String stored = raw("wireguard_vpn", vo.getId(), "private_key");
        assertFalse(stored.contains(key(52820)));
        assertEquals(key(51820), raw("wireguard_vpn", vo.getId(), "public_key"), "the public key stays readable");
        assertFalse(vo.toString().contains(key(52820)), "toString never shows the private key");
    }

    @Test
    void findByPublicIpAndPortFindsTheLiveVpn() {
        WgVpnVO a = vpnDao.persist(newVpn(ip1, 51820, networkId, null));
        vpnDao.persist(newVpn(ip1, 51821, networkId, null));
        assertEquals(a.getId(), vpnDao.findByPublicIpAndPort(ip1, 51820).getId());
        assertNull(vpnDao.findByPublicIpAndPort(ip2, 51820));
        assertNull(vpnDao.findByPublicIpAndPort(ip1, 51822));
        assertEquals(2, vpnDao.listByPublicIp(ip1).size());
    }

    @Test
    void listsByNetworkVpcAndAccount() {
        vpnDao.persist(newVpn(ip1, 51820, networkId, null));
        vpnDao.persist(newVpn(ip2, 51821, networkId, null));
        vpnDao.persist(newVpn(ip3, 51820, null, vpcId));
        WgVpnVO other = new WgVpnVO(otherAccountId, domainId, null, vpcId, ip3, 51821, key(1), key(2));
        vpnDao.persist(other);

        assertEquals(2, vpnDao.listByNetwork(networkId).size());
        assertEquals(2, vpnDao.listByVpc(vpcId).size());
        assertEquals(3, vpnDao.listByAccount(accountId).size());
        assertEquals(List.of(other.getId()), vpnDao.listByAccount(otherAccountId).stream().map(WgVpnVO::getId).collect(Collectors.toList()));
    }

    @Test
    void secondLiveVpnOnTheSamePublicIpAndPortIsRefused() {
        vpnDao.persist(newVpn(ip1, 51820, networkId, null));
        EntityExistsException e = assertThrows(EntityExistsException.class, () -> vpnDao.persist(newVpn(ip1, 51820, networkId, null)));
        assertTrue(e.getMessage().contains("WgVpnVO"), e.getMessage());
        assertTrue(e.getMessage().contains("uc_wireguard_vpn__addr_port_live"), e.getMessage());
        assertEquals(1, vpnDao.listByPublicIp(ip1).size());
    }

    @Test
    void secondLiveVpnOnTheSameRouterAndPortIsRefusedOnAnotherPublicIp() {
        vpnDao.persist(newVpn(ip1, 51820, networkId, null));
        vpnDao.persist(newVpn(ip3, 51820, null, vpcId));

        EntityExistsException network = assertThrows(EntityExistsException.class, () -> vpnDao.persist(newVpn(ip2, 51820, networkId, null)));
        EntityExistsException vpc = assertThrows(EntityExistsException.class, () -> vpnDao.persist(newVpn(ip2, 51820, null, vpcId)));

        assertTrue(network.getMessage().contains("uc_wireguard_vpn__network_port_live"), network.getMessage());
        assertTrue(vpc.getMessage().contains("uc_wireguard_vpn__vpc_port_live"), vpc.getMessage());
        assertEquals(1, vpnDao.listByNetwork(networkId).size());
        assertEquals(1, vpnDao.listByVpc(vpcId).size());
    }

    @Test
    void removedVpnFreesItsPortOnTheRouter() {
        WgVpnVO old = vpnDao.persist(newVpn(ip1, 51820, networkId, null));
        assertTrue(vpnDao.remove(old.getId()));

        vpnDao.persist(newVpn(ip2, 51820, networkId, null));

        assertEquals(1, vpnDao.listByNetwork(networkId).size());
    }

    @Test
    void removedVpnDoesNotBlockSamePublicIpAndPort() {
        WgVpnVO old = vpnDao.persist(newVpn(ip1, 51820, networkId, null));
        assertTrue(vpnDao.remove(old.getId()));
        assertNull(vpnDao.findByPublicIpAndPort(ip1, 51820));
        WgVpnVO again = vpnDao.persist(newVpn(ip1, 51820, networkId, null));
        assertNotEquals(old.getId(), again.getId());
        assertEquals(again.getId(), vpnDao.findByPublicIpAndPort(ip1, 51820).getId());
        assertNotNull(vpnDao.findByIdIncludingRemoved(old.getId()).getRemoved());
        assertEquals(1, vpnDao.listByNetwork(networkId).size(), "lists leave removed VPNs out");
    }

    @Test
    void twoRemovedVpnsOnTheSamePortCoexist() {
        WgVpnVO first = vpnDao.persist(newVpn(ip1, 51820, networkId, null));
        vpnDao.remove(first.getId());
        WgVpnVO second = vpnDao.persist(newVpn(ip1, 51820, networkId, null));
        vpnDao.remove(second.getId());
        vpnDao.persist(newVpn(ip1, 51820, networkId, null));
        assertEquals(3, vpnDao.listAllIncludingRemoved().size());
    }

    @Test
    void vpnOnAnUnknownPublicIpIsRefused() {
        CloudRuntimeException e = assertThrows(CloudRuntimeException.class, () -> vpnDao.persist(newVpn(999_999L, 51820, networkId, null)));
        assertTrue(e.getMessage().contains("fk_wireguard_vpn__vpn_server_addr_id"), e.getMessage());
    }

    @Test
    void daoIsRegisteredForTheEntityAndItsInterface() {
        assertSame(WgVpnDaoImpl.class, GenericDaoBase.getDao(WgVpnVO.class).getClass());
        assertSame(WgVpnDaoImpl.class, GenericDaoBase.getDao(WgVpn.class).getClass());
    }
}
