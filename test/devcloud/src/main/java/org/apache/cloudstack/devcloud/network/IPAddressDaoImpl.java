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

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.cloud.network.IpAddress;
import com.cloud.utils.db.GenericDaoBase;
import com.cloud.utils.db.SearchBuilder;
import com.cloud.utils.db.SearchCriteria;
import com.cloud.utils.net.NetUtils;

public class IPAddressDaoImpl extends GenericDaoBase<IPAddressVO, Long> {
    private final SearchBuilder<IPAddressVO> allFieldsSearch;

    public IPAddressDaoImpl() {
        allFieldsSearch = createSearchBuilder();
        allFieldsSearch.and("network", allFieldsSearch.entity().getAssociatedWithNetworkId(), SearchCriteria.Op.EQ);
        allFieldsSearch.and("sourceNat", allFieldsSearch.entity().isSourceNat(), SearchCriteria.Op.EQ);
        allFieldsSearch.and("address", allFieldsSearch.entity().getAddress(), SearchCriteria.Op.EQ);
        allFieldsSearch.and("dc", allFieldsSearch.entity().getDataCenterId(), SearchCriteria.Op.EQ);
        allFieldsSearch.and("state", allFieldsSearch.entity().getState(), SearchCriteria.Op.EQ);
        allFieldsSearch.done();
    }

    public List<IPAddressVO> listByAssociatedNetwork(long networkId, Boolean isSourceNat) {
        SearchCriteria<IPAddressVO> sc = allFieldsSearch.create();
        sc.setParameters("network", networkId);
        if (isSourceNat != null) {
            sc.setParameters("sourceNat", isSourceNat);
        }
        return listBy(sc);
    }

    /** The IPs on a network's routers: its source NAT IP and those associateIpAddress gave it (Allocated). */
    public List<IPAddressVO> listOnRouters(long networkId) {
        SearchCriteria<IPAddressVO> sc = allFieldsSearch.create();
        sc.setParameters("network", networkId);
        sc.setParameters("state", IpAddress.State.Allocated);
        List<IPAddressVO> ips = new ArrayList<>(listBy(sc));
        ips.sort(Comparator.comparingLong(ip -> NetUtils.ip2Long(ip.getAddressString())));
        return ips;
    }

    public IPAddressVO findByIpAndDcId(long dcId, String address) {
        SearchCriteria<IPAddressVO> sc = allFieldsSearch.create();
        sc.setParameters("dc", dcId);
        sc.setParameters("address", address);
        return findOneBy(sc);
    }

    /** The zone's free addresses, lowest first (the order associateIpAddress hands them out). */
    public List<IPAddressVO> listFree(long dcId) {
        SearchCriteria<IPAddressVO> sc = allFieldsSearch.create();
        sc.setParameters("dc", dcId);
        sc.setParameters("state", IpAddress.State.Free);
        List<IPAddressVO> free = new ArrayList<>(listBy(sc));
        free.sort(Comparator.comparingLong(ip -> NetUtils.ip2Long(ip.getAddressString())));
        return free;
    }
}
