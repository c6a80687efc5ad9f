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
package org.apache.cloudstack.devcloud.network;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import com.cloud.utils.Pair;
import com.cloud.utils.db.Filter;
import com.cloud.utils.db.GenericDaoBase;
import com.cloud.utils.db.SearchBuilder;
import com.cloud.utils.db.SearchCriteria;
import com.cloud.utils.db.Transaction;
import com.cloud.utils.db.TransactionCallback;
import com.cloud.utils.db.TransactionLegacy;
import com.cloud.utils.exception.CloudRuntimeException;
import com.cloud.utils.fsm.StateDao;
import com.cloud.vm.VirtualMachine;

/**
 * Routers: the vm_instance rows of type DomainRouter, plus their domain_router and router_network_ref rows, and
 * the VM state DAO of CloudStack's state machine (a transition succeeds only if the row still has the state and
 * update count the caller saw, as VMInstanceDaoImpl.updateState checks).
 */
public class DomainRouterDaoImpl extends GenericDaoBase<DomainRouterVO, Long> implements StateDao<VirtualMachine.State, VirtualMachine.Event, VirtualMachine> {
    private final SearchBuilder<DomainRouterVO> typeSearch;

    public DomainRouterDaoImpl() {
        typeSearch = createSearchBuilder();
        typeSearch.and("type", typeSearch.entity().getType(), SearchCriteria.Op.EQ);
        typeSearch.and("instanceName", typeSearch.entity().getInstanceName(), SearchCriteria.Op.EQ);
        typeSearch.done();
    }

    /** Persists a router and its router-only rows, serving networkId with publicIp as its source-NAT address. */
    public DomainRouterVO persist(DomainRouterVO router, long networkId, String publicIp, String publicNetmask) {
        return Transaction.execute((TransactionCallback<DomainRouterVO>)status -> {
            DomainRouterVO saved = persist(router);
            saved.setInstanceName("r-" + saved.getId() + "-VM");
            saved.setHostName("r-" + saved.getId() + "-VM");
            update(saved.getId(), saved);
            execute("INSERT INTO `domain_router` (`id`, `element_id`, `public_ip_address`, `public_netmask`, `is_redundant_router`, `redundant_state`,"
                + " `stop_pending`, `role`, `template_version`, `scripts_version`) VALUES (?, 1, ?, ?, 0, 'UNKNOWN', 0, 'VIRTUAL_ROUTER', 'devcloud', 'devcloud')",
                saved.getId(), publicIp, publicNetmask);
            execute("INSERT INTO `router_network_ref` (`router_id`, `network_id`, `guest_type`) VALUES (?, ?, 'Isolated')", saved.getId(), networkId);
            return findById(saved.getId());
        });
    }

    @Override
    public DomainRouterVO findById(Long id) {
        DomainRouterVO r = super.findById(id);
        return r == null || r.getType() != VirtualMachine.Type.DomainRouter ? null : withDetails(r);
    }

    @Override
    public DomainRouterVO findByUuid(String uuid) {
        DomainRouterVO r = super.findByUuid(uuid);
        return r == null || r.getType() != VirtualMachine.Type.DomainRouter ? null : withDetails(r);
    }

    public DomainRouterVO findByInstanceName(String instanceName) {
        SearchCriteria<DomainRouterVO> sc = typeSearch.create();
        sc.setParameters("type", VirtualMachine.Type.DomainRouter);
        sc.setParameters("instanceName", instanceName);
        DomainRouterVO r = findOneBy(sc);
        return r == null ? null : withDetails(r);
    }

    public List<DomainRouterVO> listRouters() {
        SearchCriteria<DomainRouterVO> sc = typeSearch.create();
        sc.setParameters("type", VirtualMachine.Type.DomainRouter);
        List<DomainRouterVO> routers = listBy(sc);
        routers.forEach(this::withDetails);
        return routers;
    }

    @Override
    public DomainRouterVO findByUuidIncludingRemoved(String uuid) {
        DomainRouterVO r = super.findByUuidIncludingRemoved(uuid);
        return r == null || r.getType() != VirtualMachine.Type.DomainRouter ? null : withDetails(r);
    }

    /** A search on routers (the caller's criteria should include the type): rows with their router-only details. */
    public Pair<List<DomainRouterVO>, Integer> searchRouters(SearchCriteria<DomainRouterVO> sc, Filter filter) {
        Pair<List<DomainRouterVO>, Integer> found = searchAndCount(sc, filter);
        found.first().forEach(this::withDetails);
        return found;
    }

    public List<DomainRouterVO> listByNetwork(long networkId) {
        List<DomainRouterVO> routers = new ArrayList<>();
        for (DomainRouterVO r : listRouters()) {
            if (r.getNetworkId() != null && r.getNetworkId() == networkId) {
                routers.add(r);
            }
        }
        return routers;
    }

    private DomainRouterVO withDetails(DomainRouterVO r) {
        try (TransactionLegacy txn = TransactionLegacy.open("router-details"); PreparedStatement ps = txn.prepareStatement("SELECT d.`public_ip_address`, n.`network_id` FROM `domain_router` d"
            + " LEFT JOIN `router_network_ref` n ON n.`router_id` = d.`id` WHERE d.`id` = ?")) {
            ps.setLong(1, r.getId());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    long networkId = rs.getLong(2);
                    r.setDetails(rs.getString(1), rs.wasNull() ? null : networkId);
                }
            }
        } catch (SQLException e) {
            throw new CloudRuntimeException("Unable to read router " + r.getId() + ": " + e.getMessage(), e);
        }
        return r;
    }

    private void execute(String sql, Object... params) {
        try (TransactionLegacy txn = TransactionLegacy.open("router-rows"); PreparedStatement ps = txn.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new CloudRuntimeException("Unable to write router rows: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean updateState(VirtualMachine.State currentState, VirtualMachine.Event event, VirtualMachine.State nextState, VirtualMachine vm, Object opaque) {
        DomainRouterVO router = (DomainRouterVO)vm;
        Long hostId = nextState == VirtualMachine.State.Stopped || nextState == VirtualMachine.State.Destroyed ? null
            : opaque instanceof Long ? (Long)opaque : router.getHostId();
        Long lastHostId = router.getHostId() != null && hostId == null ? router.getHostId() : router.getLastHostId();
        try (TransactionLegacy txn = TransactionLegacy.open("router-state"); PreparedStatement ps = txn.prepareStatement("UPDATE `vm_instance` SET `state` = ?, `host_id` = ?, `last_host_id` = ?,"
            + " `update_count` = `update_count` + 1, `update_time` = UTC_TIMESTAMP() WHERE `id` = ? AND `state` = ? AND `update_count` = ?")) {
            ps.setString(1, nextState.name());
            ps.setObject(2, hostId);
            ps.setObject(3, lastHostId);
            ps.setLong(4, router.getId());
            ps.setString(5, currentState.name());
            ps.setLong(6, router.getUpdated());
            if (ps.executeUpdate() != 1) {
                return false;
            }
        } catch (SQLException e) {
            throw new CloudRuntimeException("Unable to move router " + router.getId() + " to " + nextState + ": " + e.getMessage(), e);
        }
        router.applyTransition(nextState, hostId);
        return true;
    }
}
