// Licensed to the Apache Software Foundation (ASF) under one
// or more contributor license agreements.  See the NOTICE file
// distributed with this work for additional information
// regarding copyright ownership.  The ASF licenses this file
// to you under the Apache License, Version 2.0 (the
// "License"); you may not use this file except in compliance
// with the License.  You may obtain a copy of the License at
//
//   http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing,
// software distributed under the License is distributed on an
// "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY
// KIND, either express or implied.  See the License for the
// specific language governing permissions and limitations
// under the License.

// The ant-design-vue components the WireGuard views and the harness use. CloudStack registers all
// of them; registering only these keeps the harness build small, and the unit tests mount with
// the same list, so a view using a component missing here fails its tests (Vue warns, the test
// set-up turns warnings into failures).

import {
  Alert,
  Badge,
  Breadcrumb,
  Button,
  Card,
  Checkbox,
  Col,
  Descriptions,
  Divider,
  Empty,
  Form,
  Input,
  Layout,
  Menu,
  Modal,
  Pagination,
  Row,
  Select,
  Space,
  Spin,
  Switch,
  Table,
  Tabs,
  Tag,
  Tooltip,
  message,
  notification
} from 'ant-design-vue'

const components = [Alert, Badge, Breadcrumb, Button, Card, Checkbox, Col, Descriptions, Divider, Empty, Form, Input,
  Layout, Menu, Modal, Pagination, Row, Select, Space, Spin, Switch, Table, Tabs, Tag, Tooltip]

export default {
  install (app) {
    components.forEach(component => app.use(component))
    // What CloudStack's components reach as this.$message / this.$notification.
    app.config.globalProperties.$message = message
    app.config.globalProperties.$notification = notification
  }
}
