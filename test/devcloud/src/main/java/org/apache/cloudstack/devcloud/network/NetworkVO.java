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

import java.net.URI;
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

import com.cloud.network.Network;
import com.cloud.network.Networks.BroadcastDomainType;
import com.cloud.network.Networks.Mode;
import com.cloud.network.Networks.TrafficType;
import com.cloud.utils.db.GenericDao;

/** A guest network (CloudStack's `networks` table, the columns devcloud uses). */
@Entity
@Table(name = "networks")
public class NetworkVO implements Network {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private long id;

    @Column(name = "uuid")
    private String uuid;

    @Column(name = "name")
    private String name;

    @Column(name = "display_text")
    private String displayText;

    @Column(name = "traffic_type")
    @Enumerated(value = EnumType.STRING)
    private TrafficType trafficType = TrafficType.Guest;

    @Column(name = "broadcast_domain_type")
    @Enumerated(value = EnumType.STRING)
    private BroadcastDomainType broadcastDomainType = BroadcastDomainType.Vlan;

    @Column(name = "broadcast_uri")
    private String broadcastUri;

    @Column(name = "gateway")
    private String gateway;

    @Column(name = "cidr")
    private String cidr;

    @Column(name = "mode")
    @Enumerated(value = EnumType.STRING)
    private Mode mode = Mode.Dhcp;

    @Column(name = "network_offering_id")
    private long networkOfferingId;

    @Column(name = "physical_network_id")
    private Long physicalNetworkId;

    @Column(name = "data_center_id")
    private long dataCenterId;

    @Column(name = "guru_name")
    private String guruName = "ExternalGuestNetworkGuru";

    @Column(name = "state")
    @Enumerated(value = EnumType.STRING)
    private State state = State.Implemented;

    @Column(name = "related")
    private long related;

    @Column(name = "domain_id")
    private long domainId;

    @Column(name = "account_id")
    private long accountId;

    @Column(name = "dns1")
    private String dns1;

    @Column(name = "dns2")
    private String dns2;

    @Column(name = "acl_type")
    @Enumerated(value = EnumType.STRING)
    private ACLType aclType = ACLType.Account;

    @Column(name = "network_domain")
    private String networkDomain;

    @Column(name = "guest_type")
    @Enumerated(value = EnumType.STRING)
    private GuestType guestType = GuestType.Isolated;

    @Column(name = "restart_required")
    private boolean restartRequired;

    @Column(name = "specify_ip_ranges")
    private boolean specifyIpRanges;

    @Column(name = "vpc_id")
    private Long vpcId;

    @Column(name = "display_network")
    private boolean display = true;

    @Column(name = "public_mtu")
    private Integer publicMtu = 1500;

    @Column(name = "private_mtu")
    private Integer privateMtu = 1500;

    @Column(name = GenericDao.CREATED_COLUMN)
    @Temporal(value = TemporalType.TIMESTAMP)
    private Date created;

    @Column(name = GenericDao.REMOVED_COLUMN)
    @Temporal(value = TemporalType.TIMESTAMP)
    private Date removed;

    protected NetworkVO() {
        uuid = UUID.randomUUID().toString();
    }

    public NetworkVO(String name, long dataCenterId, long domainId, long accountId, String cidr, String gateway, long networkOfferingId,
        long physicalNetworkId) {
        this();
        this.name = name;
        this.displayText = name;
        this.dataCenterId = dataCenterId;
        this.domainId = domainId;
        this.accountId = accountId;
        this.cidr = cidr;
        this.gateway = gateway;
        this.networkOfferingId = networkOfferingId;
        this.physicalNetworkId = physicalNetworkId;
        this.networkDomain = "cs" + Long.toHexString(accountId) + "cloud.internal";
    }

    public void setRelated(long related) {
        this.related = related;
    }

    public void setBroadcastUri(String broadcastUri) {
        this.broadcastUri = broadcastUri;
    }

    public void setState(State state) {
        this.state = state;
    }

    public void setDns1(String dns1) {
        this.dns1 = dns1;
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
    public Mode getMode() {
        return mode;
    }

    @Override
    public BroadcastDomainType getBroadcastDomainType() {
        return broadcastDomainType;
    }

    @Override
    public TrafficType getTrafficType() {
        return trafficType;
    }

    @Override
    public String getGateway() {
        return gateway;
    }

    @Override
    public String getCidr() {
        return cidr;
    }

    @Override
    public String getNetworkCidr() {
        return null;
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
    public long getDataCenterId() {
        return dataCenterId;
    }

    @Override
    public long getNetworkOfferingId() {
        return networkOfferingId;
    }

    @Override
    public State getState() {
        return state;
    }

    @Override
    public boolean isRedundant() {
        return false;
    }

    @Override
    public long getRelated() {
        return related;
    }

    @Override
    public URI getBroadcastUri() {
        return broadcastUri == null ? null : URI.create(broadcastUri);
    }

    @Override
    public String getDisplayText() {
        return displayText;
    }

    @Override
    public String getReservationId() {
        return null;
    }

    @Override
    public String getNetworkDomain() {
        return networkDomain;
    }

    @Override
    public GuestType getGuestType() {
        return guestType;
    }

    @Override
    public Long getPhysicalNetworkId() {
        return physicalNetworkId;
    }

    @Override
    public void setPhysicalNetworkId(Long physicalNetworkId) {
        this.physicalNetworkId = physicalNetworkId;
    }

    @Override
    public ACLType getAclType() {
        return aclType;
    }

    @Override
    public boolean isRestartRequired() {
        return restartRequired;
    }

    @Override
    public boolean getSpecifyIpRanges() {
        return specifyIpRanges;
    }

    @Override
    @Deprecated
    public boolean getDisplayNetwork() {
        return display;
    }

    @Override
    public boolean isDisplay() {
        return display;
    }

    @Override
    public String getGuruName() {
        return guruName;
    }

    @Override
    public Long getVpcId() {
        return vpcId;
    }

    @Override
    public Long getNetworkACLId() {
        return null;
    }

    @Override
    public void setNetworkACLId(Long networkACLId) {
    }

    @Override
    public boolean isStrechedL2Network() {
        return false;
    }

    @Override
    public String getExternalId() {
        return null;
    }

    @Override
    public String getRouterIp() {
        return null;
    }

    @Override
    public String getRouterIpv6() {
        return null;
    }

    @Override
    public String getDns1() {
        return dns1;
    }

    @Override
    public String getDns2() {
        return dns2;
    }

    @Override
    public String getIp6Dns1() {
        return null;
    }

    @Override
    public String getIp6Dns2() {
        return null;
    }

    @Override
    public Date getCreated() {
        return created;
    }

    public Date getRemoved() {
        return removed;
    }

    @Override
    public Integer getPublicMtu() {
        return publicMtu;
    }

    @Override
    public Integer getPrivateMtu() {
        return privateMtu;
    }

    @Override
    public Integer getNetworkCidrSize() {
        return cidr == null ? null : Integer.valueOf(cidr.substring(cidr.indexOf('/') + 1));
    }

    @Override
    public long getAccountId() {
        return accountId;
    }

    @Override
    public long getDomainId() {
        return domainId;
    }

    @Override
    public Class<?> getEntityType() {
        return Network.class;
    }

    @Override
    public String toString() {
        return "Network[" + id + "|" + name + "|" + cidr + "]";
    }
}
