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
package com.cloud.deploy;

import java.io.Serializable;

import com.cloud.dc.DataCenter;
import com.cloud.host.Host;

/**
 * Where a VM is placed. A network element receives it and rarely reads more than the zone.
 */
public class DeployDestination implements Serializable {
    private static final long serialVersionUID = 7113840781939014695L;

    DataCenter _dc;
    Host _host;

    public DataCenter getDataCenter() {
        return _dc;
    }

    public Host getHost() {
        return _host;
    }

    public DeployDestination(DataCenter dc, Host host) {
        _dc = dc;
        _host = host;
    }

    public DeployDestination() {
    }

    @Override
    public String toString() {
        return "Dest[Zone(Id)-Host(Id)] : Dest[" + (_dc == null ? "" : _dc.getId()) + "-" + (_host == null ? "" : _host.getId()) + "]";
    }
}
