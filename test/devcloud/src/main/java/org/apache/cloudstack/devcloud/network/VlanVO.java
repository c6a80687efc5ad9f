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

import java.util.Date;
import java.util.UUID;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

import com.cloud.dc.Vlan;
import com.cloud.utils.db.GenericDao;

/** A public IP range of the zone (CloudStack's `vlan`). */
@Entity
@Table(name = "vlan")
public class VlanVO implements Vlan {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private long id;

    @Column(name = "uuid")
    private String uuid;

    @Column(name = "vlan_id")
    private String vlanTag;

    @Column(name = "vlan_gateway")
    private String vlanGateway;

    @Column(name = "vlan_netmask")
    private String vlanNetmask;

    @Column(name = "description")
    private String ipRange;

    @Column(name = "vlan_type")
    @Enumerated(value = EnumType.STRING)
    private VlanType vlanType = VlanType.VirtualNetwork;

    @Column(name = "data_center_id")
    private long dataCenterId;

    @Column(name = "network_id")
    private long networkId;

    @Column(name = "physical_network_id")
    private long physicalNetworkId;

    @Column(name = GenericDao.CREATED_COLUMN)
    @Temporal(value = TemporalType.TIMESTAMP)
    private Date created;

    @Column(name = GenericDao.REMOVED_COLUMN)
    @Temporal(value = TemporalType.TIMESTAMP)
    private Date removed;

    protected VlanVO() {
        uuid = UUID.randomUUID().toString();
    }

    public VlanVO(String vlanTag, String gateway, String netmask, String ipRange, long dataCenterId, long networkId, long physicalNetworkId) {
        this();
        this.vlanTag = vlanTag;
        this.vlanGateway = gateway;
        this.vlanNetmask = netmask;
        this.ipRange = ipRange;
        this.dataCenterId = dataCenterId;
        this.networkId = networkId;
        this.physicalNetworkId = physicalNetworkId;
    }

    @Override
    public long getId() {
        return id;
    }

    @Override
    public String getUuid() {
        return uuid;
    }

    @Override
    public String getVlanTag() {
        return vlanTag;
    }

    @Override
    public String getVlanGateway() {
        return vlanGateway;
    }

    @Override
    public String getVlanNetmask() {
        return vlanNetmask;
    }

    @Override
    public long getDataCenterId() {
        return dataCenterId;
    }

    @Override
    public String getIpRange() {
        return ipRange;
    }

    @Override
    public VlanType getVlanType() {
        return vlanType;
    }

    @Override
    public Long getNetworkId() {
        return networkId;
    }

    @Override
    public Long getPhysicalNetworkId() {
        return physicalNetworkId;
    }

    @Override
    public String getIp6Gateway() {
        return null;
    }

    @Override
    public String getIp6Cidr() {
        return null;
    }

    @Override
    public String getIp6Range() {
        return null;
    }

    @Override
    public Date getRemoved() {
        return removed;
    }

    @Override
    public Date getCreated() {
        return created;
    }
}
