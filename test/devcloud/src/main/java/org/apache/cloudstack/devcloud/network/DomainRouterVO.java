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

import javax.persistence.Transient;

import com.cloud.network.router.VirtualRouter;

/**
 * A virtual router. CloudStack maps it to `vm_instance` joined with `domain_router`; the shim's GenericDaoBase
 * maps one table per entity, so this VO is the `vm_instance` row (type DomainRouter) and the router-only columns
 * (`domain_router`, `router_network_ref`) are written and read by DomainRouterDaoImpl into the transient fields.
 */
public class DomainRouterVO extends VMInstanceVO implements VirtualRouter {
    @Transient
    private String publicIpAddress;

    @Transient
    private Long networkId;

    @Transient
    private boolean stopPending;

    protected DomainRouterVO() {
        super();
    }

    public DomainRouterVO(String hostName, long dataCenterId, long accountId, long domainId) {
        super(hostName, Type.DomainRouter, dataCenterId, accountId, domainId);
    }

    void setDetails(String publicIpAddress, Long networkId) {
        this.publicIpAddress = publicIpAddress;
        this.networkId = networkId;
    }

    /** The guest network this router serves (isolated network: one). */
    public Long getNetworkId() {
        return networkId;
    }

    @Override
    public Role getRole() {
        return Role.VIRTUAL_ROUTER;
    }

    @Override
    public boolean getIsRedundantRouter() {
        return false;
    }

    @Override
    public RedundantState getRedundantState() {
        return RedundantState.UNKNOWN;
    }

    @Override
    public String getPublicIpAddress() {
        return publicIpAddress;
    }

    @Override
    public boolean isStopPending() {
        return stopPending;
    }

    @Override
    public void setStopPending(boolean stopPending) {
        this.stopPending = stopPending;
    }

    @Override
    public Long getVpcId() {
        return null;
    }

    @Override
    public String getTemplateVersion() {
        return "devcloud";
    }

    @Override
    public String getScriptsVersion() {
        return "devcloud";
    }
}
