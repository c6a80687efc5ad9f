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

import com.cloud.dc.DataCenter;
import com.cloud.utils.db.GenericDao;

/** A zone (CloudStack's `data_center`). devcloud has one, an Advanced zone named devcloud-zone. */
@Entity
@Table(name = "data_center")
public class DataCenterVO implements DataCenter {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private long id;

    @Column(name = "uuid")
    private String uuid;

    @Column(name = "name")
    private String name;

    @Column(name = "description")
    private String description;

    @Column(name = "dns1")
    private String dns1;

    @Column(name = "dns2")
    private String dns2;

    @Column(name = "ip6_dns1")
    private String ip6Dns1;

    @Column(name = "ip6_dns2")
    private String ip6Dns2;

    @Column(name = "internal_dns1")
    private String internalDns1;

    @Column(name = "internal_dns2")
    private String internalDns2;

    @Column(name = "guest_network_cidr")
    private String guestNetworkCidr;

    @Column(name = "domain")
    private String domain;

    @Column(name = "domain_id")
    private Long domainId;

    @Column(name = "networktype")
    @Enumerated(value = EnumType.STRING)
    private NetworkType networkType = NetworkType.Advanced;

    @Column(name = "allocation_state")
    private String allocationState = "Enabled";

    @Column(name = "zone_token")
    private String zoneToken;

    @Column(name = "is_security_group_enabled")
    private boolean securityGroupEnabled;

    @Column(name = GenericDao.CREATED_COLUMN)
    @Temporal(value = TemporalType.TIMESTAMP)
    private Date created;

    @Column(name = GenericDao.REMOVED_COLUMN)
    @Temporal(value = TemporalType.TIMESTAMP)
    private Date removed;

    protected DataCenterVO() {
        uuid = UUID.randomUUID().toString();
    }

    public DataCenterVO(String name, String description, String dns1, String internalDns1, String guestNetworkCidr, NetworkType networkType) {
        this();
        this.name = name;
        this.description = description;
        this.dns1 = dns1;
        this.internalDns1 = internalDns1;
        this.guestNetworkCidr = guestNetworkCidr;
        this.networkType = networkType;
        this.zoneToken = UUID.randomUUID().toString();
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
    public String getName() {
        return name;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public String getDns1() {
        return dns1;
    }

    @Override
    public String getDns2() {
        return dns2;
    }

    public String getIp6Dns1() {
        return ip6Dns1;
    }

    public String getIp6Dns2() {
        return ip6Dns2;
    }

    public String getInternalDns1() {
        return internalDns1;
    }

    public String getInternalDns2() {
        return internalDns2;
    }

    public String getGuestNetworkCidr() {
        return guestNetworkCidr;
    }

    @Override
    public String getDomain() {
        return domain;
    }

    @Override
    public Long getDomainId() {
        return domainId;
    }

    @Override
    public NetworkType getNetworkType() {
        return networkType;
    }

    public String getAllocationState() {
        return allocationState;
    }

    public String getZoneToken() {
        return zoneToken;
    }

    @Override
    public boolean isSecurityGroupEnabled() {
        return securityGroupEnabled;
    }

    public Date getCreated() {
        return created;
    }

    public Date getRemoved() {
        return removed;
    }
}
