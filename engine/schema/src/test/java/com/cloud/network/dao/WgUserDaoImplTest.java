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
import static com.cloud.network.dao.WgSchemaFixture.key;
import static com.cloud.network.dao.WgSchemaFixture.networkId;
import static com.cloud.network.dao.WgSchemaFixture.otherAccountId;
import static com.cloud.network.dao.WgSchemaFixture.raw;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityExistsException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.cloud.network.WgUser;
import com.cloud.utils.Pair;
import com.cloud.utils.db.Filter;
import com.cloud.utils.db.SearchBuilder;
import com.cloud.utils.db.SearchCriteria;
import com.cloud.utils.db.Transaction;
import com.cloud.utils.db.TransactionCallbackNoReturn;
import com.cloud.utils.db.TransactionStatus;

class WgUserDaoImplTest {
    static WgVpnDaoImpl vpnDao;
    static WgUserDaoImpl userDao;
    long vpnId;
    long otherVpnId;

    @BeforeAll
    static void schema() {
        WgSchemaFixture.start();
        vpnDao = new WgVpnDaoImpl();
        userDao = new WgUserDaoImpl();
    }

    @BeforeEach
    void twoVpns() {
        WgSchemaFixture.emptyWireGuardTables();
        vpnId = vpnDao.persist(WgVpnDaoImplTest.newVpn(ip1, 51820, networkId, null)).getId();
        otherVpnId = vpnDao.persist(WgVpnDaoImplTest.newVpn(ip2, 51821, networkId, null)).getId();
    }

    private WgUserVO user(long vpn, String name, int keySeed, String ip4, String ip6) {
        WgUserVO vo = new WgUserVO(vpn, accountId, domainId, name, key(keySeed), false);
        vo.setPrivateKey(key(keySeed + 500));
        vo.setIp4Address(ip4);
        vo.setIp6Address(ip6);
        vo.setSplitTunnel(true);
        return vo;
    }

    private WgUserVO persist(long vpn, String name, int keySeed, String ip4, String ip6) {
        return userDao.persist(user(vpn, name, keySeed, ip4, ip6));
    }

    @Test
    void userRoundTripKeepsEveryField() {
        WgUserVO vo = user(vpnId, "laptop", 1, "10.8.0.2", "2001:db8:8::2");
        vo.setPresharedKey(key(900));
        vo.setEnabled(false);
        vo.setDisplay(false);
        long id = userDao.persist(vo).getId();

        WgUserVO read = userDao.findById(id);
        assertEquals(vpnId, read.getVpnId());
        assertEquals("laptop", read.getName());
        assertEquals(WgUser.State.Add, read.getState(), "a new user starts in Add");
        assertFalse(read.isEnabled());
        assertFalse(read.isOwnKey());
        assertEquals(key(1), read.getPublicKey());
        assertEquals(key(501), read.getPrivateKey());
        assertEquals(key(900), read.getPresharedKey());
        assertEquals("10.8.0.2", read.getIp4Address());
        assertEquals("2001:db8:8::2", read.getIp6Address());
        assertTrue(read.isSplitTunnel());
        assertFalse(read.isDisplay());
        assertEquals(accountId, read.getAccountId());
        assertEquals(domainId, read.getDomainId());
        assertNotNull(read.getCreated());
        assertNull(read.getRemoved());
        assertEquals(WgUser.class, read.getEntityType());
        assertEquals(vo.getUuid(), userDao.findByUuid(vo.getUuid()).getUuid());
    }

    @Test
    void ownKeyUserStoresNoPrivateKey() throws SQLException {
        WgUserVO vo = new WgUserVO(vpnId, accountId, domainId, "phone", key(2), true);
        vo.setIp4Address("10.8.0.3");
        long id = userDao.persist(vo).getId();
        assertTrue(userDao.findById(id).isOwnKey());
        assertNull(userDao.findById(id).getPrivateKey());
        assertNull(raw("wireguard_vpn_user", id, "private_key"));
        assertNull(raw("wireguard_vpn_user", id, "preshared_key"));
    }

    @Test
    void privateAndPresharedKeysAreEncryptedAtRest() throws SQLException {
        WgUserVO vo = user(vpnId, "k", 3, "10.8.0.4", null);
        vo.setPresharedKey(key(901));
        long id = userDao.persist(vo).getId();
        String priv = raw("wireguard_vpn_user", id, "private_key");
        String psk = raw("wireguard_vpn_user", id, "preshared_key");
        assertFalse(priv.contains(key(503)));
        assertFalse(psk.contains(key(901)));
        assertTrue(priv.startsWith("v1:") && psk.startsWith("v1:"));
        assertFalse(vo.toString().contains(key(503)) || vo.toString().contains(key(901)));
    }

    @Test
    void listsByVpnStateAndAccount() {
        WgUserVO a = persist(vpnId, "a", 10, "10.8.0.2", null);
        persist(vpnId, "b", 11, "10.8.0.3", null);
        persist(otherVpnId, "c", 12, "10.8.0.2", null);
        WgUserVO d = new WgUserVO(vpnId, otherAccountId, domainId, "d", key(13), true);
        d.setIp4Address("10.8.0.9");
        userDao.persist(d);
        a.setState(WgUser.State.Active);
        userDao.update(a.getId(), a);

        assertEquals(3, userDao.listByVpn(vpnId).size());
        assertEquals(List.of("a"), userDao.listByVpnAndState(vpnId, WgUser.State.Active).stream().map(WgUserVO::getName).collect(Collectors.toList()));
        assertEquals(2, userDao.listByVpnAndState(vpnId, WgUser.State.Add).size());
        assertEquals(3, userDao.listByAccount(accountId).size());
        assertEquals(1, userDao.listByAccount(otherAccountId).size());
    }

    @Test
    void findByVpnAndPublicKeyLooksInThatVpnOnly() {
        WgUserVO a = persist(vpnId, "a", 20, "10.8.0.2", null);
        assertEquals(a.getId(), userDao.findByVpnAndPublicKey(vpnId, key(20)).getId());
        assertNull(userDao.findByVpnAndPublicKey(otherVpnId, key(20)));
    }

    @Test
    void countByVpnLeavesOutRevokedAndRemovedUsers() {
        persist(vpnId, "a", 30, "10.8.0.2", null);
        WgUserVO revoked = persist(vpnId, "b", 31, "10.8.0.3", null);
        WgUserVO removed = persist(vpnId, "c", 32, "10.8.0.4", null);
        persist(otherVpnId, "d", 33, "10.8.0.2", null);
        revoked.setState(WgUser.State.Revoke);
        userDao.update(revoked.getId(), revoked);
        userDao.remove(removed.getId());
        assertEquals(1, userDao.countByVpn(vpnId));
        assertEquals(1, userDao.countByVpn(otherVpnId));
        assertEquals(0, userDao.countByVpn(999L));
    }

    @Test
    void usedAddressesAreTheLiveOnesOfThatVpn() {
        persist(vpnId, "a", 40, "10.8.0.2", "2001:db8:8::2");
        persist(vpnId, "b", 41, "10.8.0.3", null);
        WgUserVO gone = persist(vpnId, "c", 42, "10.8.0.4", "2001:db8:8::4");
        persist(otherVpnId, "d", 43, "10.8.0.5", "2001:db8:8::5");
        WgUserVO ip6Only = persist(vpnId, "e", 44, null, "2001:db8:8::6");
        userDao.remove(gone.getId());

        assertEquals(Set.of("10.8.0.2", "10.8.0.3"), Set.copyOf(userDao.listUsedIp4Addresses(vpnId)));
        assertEquals(Set.of("2001:db8:8::2", "2001:db8:8::6"), Set.copyOf(userDao.listUsedIp6Addresses(vpnId)));
        assertEquals(List.of("10.8.0.5"), userDao.listUsedIp4Addresses(otherVpnId));
        assertNull(userDao.findById(ip6Only.getId()).getIp4Address());
    }

    @Test
    void sameTunnelAddressTwiceInOneVpnIsRefused() {
        persist(vpnId, "a", 50, "10.8.0.2", "2001:db8:8::2");
        EntityExistsException v4 = assertThrows(EntityExistsException.class, () -> persist(vpnId, "b", 51, "10.8.0.2", null));
        assertTrue(v4.getMessage().contains("WgUserVO") && v4.getMessage().contains("uc_wireguard_vpn_user__vpn_ip4_live"), v4.getMessage());
        EntityExistsException v6 = assertThrows(EntityExistsException.class, () -> persist(vpnId, "c", 52, null, "2001:db8:8::2"));
        assertTrue(v6.getMessage().contains("uc_wireguard_vpn_user__vpn_ip6_live"), v6.getMessage());
        assertEquals(1, userDao.listByVpn(vpnId).size());
    }

    @Test
    void sameTunnelAddressInAnotherVpnIsFine() {
        persist(vpnId, "a", 60, "10.8.0.2", null);
        persist(otherVpnId, "a", 61, "10.8.0.2", null);
        assertEquals(1, userDao.listByVpn(otherVpnId).size());
    }

    @Test
    void samePublicKeyTwiceInOneVpnIsRefused() {
        persist(vpnId, "a", 70, "10.8.0.2", null);
        EntityExistsException e = assertThrows(EntityExistsException.class, () -> persist(vpnId, "b", 70, "10.8.0.3", null));
        assertTrue(e.getMessage().contains("uc_wireguard_vpn_user__vpn_public_key_live"), e.getMessage());
    }

    @Test
    void removedUserFreesItsAddressesAndKey() {
        WgUserVO old = persist(vpnId, "a", 80, "10.8.0.2", "2001:db8:8::2");
        userDao.remove(old.getId());
        WgUserVO again = persist(vpnId, "b", 80, "10.8.0.2", "2001:db8:8::2");
        assertEquals(again.getId(), userDao.findByVpnAndPublicKey(vpnId, key(80)).getId());
    }

    @Test
    void usersWithoutAnIpv4AddressDoNotCollide() {
        persist(vpnId, "a", 90, null, "2001:db8:8::a");
        persist(vpnId, "b", 91, null, "2001:db8:8::b");
        assertEquals(2, userDao.countByVpn(vpnId));
    }

    @Test
    void concurrentAllocationOfOneAddressLetsOnlyOneWin() throws Exception {
        // two API calls picking the same free address: the unique key settles it inside the transactions
        Runnable add = () -> Transaction.execute(new TransactionCallbackNoReturn() {
            @Override
            public void doInTransactionWithoutResult(TransactionStatus status) {
                persist(vpnId, "racer-" + Thread.currentThread().getId(), (int)(100 + Thread.currentThread().getId() % 100), "10.8.0.77", null);
            }
        });
        Thread t1 = new Thread(() -> {
            try {
                add.run();
            } catch (EntityExistsException e) {
                // the loser
            }
        });
        Thread t2 = new Thread(() -> {
            try {
                add.run();
            } catch (EntityExistsException e) {
                // the loser
            }
        });
        t1.start();
        t2.start();
        t1.join(20_000);
        t2.join(20_000);
        assertEquals(List.of("10.8.0.77"), userDao.listUsedIp4Addresses(vpnId));
    }

    @Test
    void listPageWithCountForTheListApi() {
        for (int i = 0; i < 7; i++) {
            persist(vpnId, "user" + i, 200 + i, "10.8.0." + (10 + i), null);
        }
        SearchBuilder<WgUserVO> sb = userDao.createSearchBuilder();
        sb.and("vpnId", sb.entity().getVpnId(), SearchCriteria.Op.EQ);
        sb.and("name", sb.entity().getName(), SearchCriteria.Op.LIKE);
        sb.done();
        SearchCriteria<WgUserVO> sc = sb.create();
        sc.setParameters("vpnId", vpnId);
        Pair<List<WgUserVO>, Integer> page = userDao.searchAndCount(sc, new Filter(WgUserVO.class, "id", true, 3L, 3L));
        assertEquals(List.of("user3", "user4", "user5"), page.first().stream().map(WgUserVO::getName).collect(Collectors.toList()));
        assertEquals(7, page.second());
    }

    @Test
    void expungingAVpnTakesItsUsersAlong() {
        persist(vpnId, "a", 300, "10.8.0.2", null);
        vpnDao.expunge(vpnId);
        assertEquals(0, userDao.listAllIncludingRemoved().stream().filter(u -> u.getVpnId() == vpnId).count());
    }
}
